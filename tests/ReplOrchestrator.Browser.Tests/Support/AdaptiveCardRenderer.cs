using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ReplOrchestrator.Browser.Tests.Support;

/// <summary>Renders an Adaptive Card with <c>AdaptiveCards.AdaptiveCard</c> in a page, with a host config close to Teams'.</summary>
internal static partial class AdaptiveCardRenderer
{
    // Teams shows a full-width card in a chat about this wide, and cuts a long button title with an ellipsis.
    private const string Page = """
        <!doctype html>
        <html><head><meta charset="utf-8"><style>
          body { margin: 0; padding: 12px; background: #f5f5f5; }
          #card { width: 600px; background: #fff; border-radius: 4px; box-shadow: 0 1px 2px rgba(0,0,0,.14); overflow: hidden; }
          .ac-pushButton { font: 600 14px 'Segoe UI', sans-serif; color: #242424; background: #fff; border: 1px solid #d1d1d1; border-radius: 4px; padding: 5px 12px; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
        </style></head><body><div id="card"></div></body></html>
        """;

    // Parse events and property validation are the renderer's own complaints about the card (an unknown element,
    // a bad enum value, a version it does not speak); render() returns nothing for a card it cannot draw.
    private const string Render = """
        ([card, hostConfig]) => {
          const problems = [];
          const adaptiveCard = new AdaptiveCards.AdaptiveCard();
          adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(JSON.parse(hostConfig));
          const context = new AdaptiveCards.SerializationContext();
          adaptiveCard.parse(JSON.parse(card), context);
          for (let i = 0; i < context.eventCount; i++) problems.push('parse: ' + context.getEventAt(i).message);
          for (const e of adaptiveCard.validateProperties().validationEvents) problems.push('validate: ' + e.message);
          const element = adaptiveCard.render();
          if (!element) problems.push('render: the renderer drew nothing');
          else document.getElementById('card').appendChild(element);
          return problems;
        }
        """;

    /// <summary>Draws <paramref name="card"/> (the <c>content</c> of a message's attachment) in <paramref name="page"/>.</summary>
    public static async Task<RenderedCard> RenderAsync(IPage page, JsonObject card)
    {
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                console.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => console.Add("page error: " + error);

        await page.SetContentAsync(Page);
        foreach (var script in await AdaptiveCardsLibrary.ScriptsAsync())
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = script });
        }

        var problems = await page.EvaluateAsync<string[]>(Render, new[] { card.ToJsonString(), TeamsHostConfig.Json });
        var element = page.Locator("#card");
        var text = Whitespace().Replace(await element.InnerTextAsync(), " ").Trim();
        return new RenderedCard(element, text, [.. problems, .. console]);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
