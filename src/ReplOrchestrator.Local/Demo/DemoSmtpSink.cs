using System.Buffers;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace ReplOrchestrator.Local.Demo;

/// <summary>
/// A plain SMTP relay on a loopback port that keeps nothing but tells the inbox each mail's subject: the demo's
/// email receiver, so the mail path runs for real without a mail server.
/// </summary>
internal sealed class DemoSmtpSink : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    private DemoSmtpSink(DemoInbox inbox, int port)
    {
        Port = port;
        var endpoint = new EndpointDefinitionBuilder().Endpoint(new IPEndPoint(IPAddress.Loopback, port)).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new InboxStore(inbox));
        _running = new SmtpServer.SmtpServer(new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(endpoint).Build(), services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public static DemoSmtpSink Start(DemoInbox inbox)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new DemoSmtpSink(inbox, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _running.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }

        _stop.Dispose();
    }

    private sealed class InboxStore(DemoInbox inbox) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            inbox.Add(new ReceivedNotification("mail", MimeMessage.Load(stream, cancellationToken).Subject ?? "(no subject)"));
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
