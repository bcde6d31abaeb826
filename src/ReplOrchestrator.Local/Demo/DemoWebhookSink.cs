using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Local.Demo;

/// <summary>
/// A stand-in for a Teams Workflows webhook on a loopback port: it takes the message envelope the product posts,
/// answers 202 as Teams does, and tells the inbox the card's title.
/// </summary>
internal sealed class DemoWebhookSink : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DemoWebhookSink(WebApplication app, Uri url) => (_app, Url) = (app, url);

    /// <summary>The URL to configure as the receiver's webhook.</summary>
    public Uri Url { get; }

    public static async Task<DemoWebhookSink> StartAsync(DemoInbox inbox, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/teams", async (HttpRequest request) =>
        {
            var message = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            inbox.Add(new ReceivedNotification("Teams", FirstText(message?["attachments"]?[0]?["content"]?["body"]) ?? "(a card without text)"));
            return Results.Accepted();
        });
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new DemoWebhookSink(app, new Uri(address.TrimEnd('/') + "/teams"));
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    // The card's header is its first text block, wherever the layout nests it.
    private static string? FirstText(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => o["text"]?.GetValue<string>(),
        JsonObject o => o.Select(p => FirstText(p.Value)).FirstOrDefault(t => t is not null),
        JsonArray a => a.Select(FirstText).FirstOrDefault(t => t is not null),
        _ => null,
    };
}
