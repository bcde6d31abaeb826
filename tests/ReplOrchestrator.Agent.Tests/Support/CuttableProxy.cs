using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Agent.Tests.Support;

/// <summary>
/// A real HTTP hop between an agent and the server that the test can cut: while cut, every connection is dropped
/// as an unreachable server's would be. It can cut itself right after forwarding an answer the test names, which
/// is how a test catches an agent holding a result it has not delivered yet.
/// </summary>
internal sealed class CuttableProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _forward = new();
    private readonly ConcurrentQueue<Exchange> _exchanges = new();

    private CuttableProxy(WebApplication app, Uri target)
    {
        _app = app;
        Target = target;
    }

    public Uri Target { get; }

    public Uri Url { get; private set; } = null!;

    private volatile bool _cut;

    public bool Cut
    {
        get => _cut;
        set => _cut = value;
    }

    /// <summary>When set, the proxy cuts itself after forwarding an answer this matches.</summary>
    public Func<string, bool>? CutAfter { get; set; }

    public IReadOnlyCollection<Exchange> Exchanges => _exchanges;

    public static async Task<CuttableProxy> StartAsync(Uri target)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var proxy = new CuttableProxy(app, target);
        app.Run(proxy.HandleAsync);
        await app.StartAsync();
        proxy.Url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/");
        return proxy;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        if (Cut)
        {
            _exchanges.Enqueue(new Exchange(body, null, null));
            context.Abort();
            return;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Target, context.Request.Path.Value!.TrimStart('/')))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("x-appliance-key", context.Request.Headers["x-appliance-key"].ToString());
        using var response = await _forward.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        _exchanges.Enqueue(new Exchange(body, (int)response.StatusCode, answer));
        if (CutAfter?.Invoke(answer) == true)
        {
            Cut = true;
        }

        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _forward.Dispose();
    }

    /// <summary>One heartbeat through the proxy: what the agent sent, and the server's answer (null while cut).</summary>
    public sealed record Exchange(string Request, int? Status, string? Answer)
    {
        public long Sequence => JsonNode.Parse(Request)!["sequence"]!.GetValue<long>();

        public string? Epoch => JsonNode.Parse(Request)!["epoch"]?.GetValue<string>();

        public IEnumerable<string> AnsweredCommands =>
            JsonNode.Parse(Request)!["commandResults"]?.AsArray().Select(r => r!["commandId"]!.GetValue<string>()) ?? [];
    }
}
