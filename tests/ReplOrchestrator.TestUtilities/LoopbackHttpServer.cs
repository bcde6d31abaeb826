using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.TestUtilities;

/// <summary>
/// A real HTTP/1.1 server on a free loopback port that records every request and answers with
/// whatever the test's responder returns. For tests of code that calls HTTP peers (webhooks, the
/// Durable management API): the client under test goes through a real socket and a real parser.
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private LoopbackHttpServer(WebApplication app) => _app = app;

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyCollection<RecordedRequest> Requests => _requests;

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:40123/</c> (<c>https</c> with a certificate).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Starts a server whose answers come from <paramref name="responder"/>.</summary>
    /// <param name="responder">Answers each request.</param>
    /// <param name="certificate">Serves HTTPS with this certificate (the ARM stand-in's, say) instead of plain HTTP, for clients such as Azure.Core that send bearer tokens only over TLS.</param>
    /// <param name="port">The loopback port to listen on; 0 for a free one.</param>
    public static async Task<LoopbackHttpServer> StartAsync(Func<RecordedRequest, CannedResponse> responder, X509Certificate2? certificate = null, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(responder);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (certificate is not null)
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
        }

        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        var server = new LoopbackHttpServer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var recorded = new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? "/",
                context.Request.QueryString.Value ?? string.Empty,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body);
            server._requests.Enqueue(recorded);

            var answer = responder(recorded);
            context.Response.StatusCode = answer.Status;
            foreach (var (name, value) in answer.Headers)
            {
                context.Response.Headers[name] = value;
            }

            if (answer.Body is not null)
            {
                context.Response.ContentType ??= answer.ContentType;
                await context.Response.WriteAsync(answer.Body, context.RequestAborted);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>One request as the server received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The value of a query parameter, unescaped, or null.</summary>
    public string? QueryValue(string name) =>
        Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Where(pair => string.Equals(Uri.UnescapeDataString(pair[0]), name, StringComparison.Ordinal))
            .Select(pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : string.Empty)
            .FirstOrDefault();
}

/// <summary>What the server answers.</summary>
public sealed record CannedResponse(int Status, string? Body = null, string ContentType = "application/json")
{
    /// <summary>Extra response headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
