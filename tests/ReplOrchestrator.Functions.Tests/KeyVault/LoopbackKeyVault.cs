using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Functions.Tests.KeyVault;

/// <summary>
/// A Key Vault data plane on a loopback HTTPS port: the Bearer challenge on unauthenticated requests,
/// <c>GET /secrets</c> and <c>GET /secrets/{name}</c>, with secrets the test can change or break.
/// </summary>
internal sealed class LoopbackKeyVault : IAsyncDisposable
{
    public const string Token = "test-access-token";
    private readonly WebApplication _app;

    private LoopbackKeyVault(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    public ConcurrentDictionary<string, (string Value, bool Enabled)> Secrets { get; } = new(StringComparer.OrdinalIgnoreCase);

    public ConcurrentQueue<string?> AuthorizationHeaders { get; } = new();

    public bool Failing { get; set; }

    public X509Certificate2 Certificate { get; }

    public Uri VaultUri { get; private set; } = null!;

    public static async Task<LoopbackKeyVault> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        var app = builder.Build();
        var vault = new LoopbackKeyVault(app, certificate);
        app.Run(vault.HandleAsync);
        await app.StartAsync();
        vault.VaultUri = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return vault;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Certificate.Dispose();
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        AuthorizationHeaders.Enqueue(authorization);
        if (authorization != $"Bearer {Token}")
        {
            context.Response.StatusCode = 401;
            context.Response.Headers.WWWAuthenticate = "Bearer authorization=\"https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001\", resource=\"https://vault.azure.net\"";
            return;
        }

        if (Failing)
        {
            context.Response.StatusCode = 503;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "ServiceUnavailable", message = "vault is throttling" } });
            return;
        }

        var path = context.Request.Path.Value!.TrimEnd('/');
        var origin = $"{VaultUri.Scheme}://{VaultUri.Authority}";
        context.Response.ContentType = "application/json";
        if (path == "/secrets")
        {
            var items = Secrets.Select(s => new { id = $"{origin}/secrets/{s.Key}", attributes = new { enabled = s.Value.Enabled } });
            await context.Response.WriteAsync(JsonSerializer.Serialize(new { value = items, nextLink = (string?)null }));
            return;
        }

        var name = path.Split('/')[2];
        if (!Secrets.TryGetValue(name, out var secret))
        {
            context.Response.StatusCode = 404;
            await context.Response.WriteAsJsonAsync(new { error = new { code = "SecretNotFound", message = "not found" } });
            return;
        }

        await context.Response.WriteAsync(JsonSerializer.Serialize(new { value = secret.Value, id = $"{origin}/secrets/{name}/v1", attributes = new { enabled = secret.Enabled } }));
    }
}
