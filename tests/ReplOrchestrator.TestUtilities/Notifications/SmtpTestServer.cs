using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.TestUtilities.Notifications;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port of this process: STARTTLS or TLS from the
/// first byte with a throw-away certificate, AUTH for one user, and a store that keeps every message as it arrived.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    public const string User = "repl-acs|8d1b5a0e-6f7c-4c3e-9a51-0d1e2f3a4b5c|72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string Password = "Cl13nt~S3cret.Value";

    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<byte[]> _messages = new();
    private Task _running = Task.CompletedTask;

    private SmtpTestServer(int port, SmtpSecurity security) => (Port, Security) = (port, security);

    public int Port { get; }

    public SmtpSecurity Security { get; }

    /// <summary>The throw-away certificate the server presents; null for a plain server.</summary>
    public X509Certificate2? Certificate { get; private set; }

    /// <summary>The status the server answers RCPT TO with instead of 250, when set.</summary>
    public int? RcptReply { get; init; }

    /// <summary>The status the server answers the message's data with instead of 250, when set.</summary>
    public int? DataReply { get; init; }

    /// <summary>The users that authenticated.</summary>
    public ConcurrentQueue<string> Authenticated { get; } = new();

    public IReadOnlyList<MimeMessage> Messages => [.. _messages.Select(raw => MimeMessage.Load(new MemoryStream(raw)))];

    public IReadOnlyList<byte[]> Raw => [.. _messages];

    /// <summary>Starts a server speaking <paramref name="security"/>; <see cref="SmtpSecurity.None"/> takes no AUTH and offers no TLS.</summary>
    public static async Task<SmtpTestServer> StartAsync(SmtpSecurity security, int? rcptReply = null, int? dataReply = null)
    {
        var server = new SmtpTestServer(LoopbackPorts.Free(), security) { RcptReply = rcptReply, DataReply = dataReply };
        await server.StartAsync();
        return server;
    }

    /// <summary>A target for this server: the ACS-style user for TLS modes, none for a plain relay.</summary>
    public EmailTargetOptions Target() => new()
    {
        To = ["oncall@contoso.com", "Storage Team <storage@contoso.com>"],
        From = "Replication monitor <repl@alerts.contoso.com>",
        SmtpHost = "127.0.0.1",
        SmtpPort = Port,
        Security = Security,
        Username = Security == SmtpSecurity.None ? null : User,
        Password = Security == SmtpSecurity.None ? null : Password,
    };

    /// <summary>Trusts exactly this server's certificate, whatever the platform thinks of it.</summary>
    public bool TrustsItsCertificate(object sender, X509Certificate? certificate, X509Chain? chain, System.Net.Security.SslPolicyErrors errors) =>
        certificate is not null && Certificate is not null && certificate.GetCertHashString() == Certificate.GetCertHashString();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        Certificate?.Dispose();
    }

    private async Task StartAsync()
    {
        var endpoint = new EndpointDefinitionBuilder().Endpoint(new IPEndPoint(IPAddress.Loopback, Port));
        if (Security != SmtpSecurity.None)
        {
            Certificate = SelfSigned();
            endpoint.Certificate(Certificate).IsSecure(Security == SmtpSecurity.Tls).AllowUnsecureAuthentication(false).AuthenticationRequired(true);
        }

        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(endpoint.Build()).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new KeepingStore(this));
        services.Add(new Filter(this));
        services.Add(new DelegatingUserAuthenticator((user, password) =>
        {
            Authenticated.Enqueue(user);
            return user == User && password == Password;
        }));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        await WaitUntilListeningAsync();
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"The SMTP test server did not listen on {Port}.");
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // SslStream on Linux wants a key it can use as a server: round-trip through PKCS#12 to get one.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
    }

    private static SmtpResponse Reply(int status) => new((SmtpReplyCode)status, status >= 500 ? "5.7.1 Refused by policy" : "4.3.0 Try again later");

    private sealed class KeepingStore(SmtpTestServer server) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (server.DataReply is { } status)
            {
                return Task.FromResult(Reply(status));
            }

            server._messages.Enqueue(buffer.ToArray());
            return Task.FromResult(SmtpResponse.Ok);
        }
    }

    private sealed class Filter(SmtpTestServer server) : MailboxFilter
    {
        public override Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken) =>
            server.RcptReply is { } status ? throw new SmtpResponseException(Reply(status)) : Task.FromResult(true);
    }
}
