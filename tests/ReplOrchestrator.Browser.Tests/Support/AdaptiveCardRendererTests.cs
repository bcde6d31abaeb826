using System.Text.Json.Nodes;
using ReplOrchestrator.TestUtilities.Browser;

namespace ReplOrchestrator.Browser.Tests.Support;

/// <summary>The harness itself: a card the renderer complains about must not pass as clean.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AdaptiveCardRendererTests(ChromiumBrowser chromium)
{
    [Fact]
    public async Task RenderAsync_UnknownElementAndBadValue_ReportsBoth()
    {
        var card = JsonNode.Parse("""
            {
              "type": "AdaptiveCard", "version": "1.4",
              "body": [
                { "type": "TextBlock", "text": "kept", "size": "Enormous" },
                { "type": "Hologram", "text": "dropped" }
              ]
            }
            """)!.AsObject();
        await using var context = await chromium.NewContextAsync();

        var rendered = await AdaptiveCardRenderer.RenderAsync(await context.NewPageAsync(), card);

        rendered.Text.ShouldBe("kept");
        rendered.Problems.ShouldContain(p => p.Contains("Hologram", StringComparison.Ordinal));
        rendered.Problems.ShouldContain(p => p.Contains("Enormous", StringComparison.Ordinal));
    }
}
