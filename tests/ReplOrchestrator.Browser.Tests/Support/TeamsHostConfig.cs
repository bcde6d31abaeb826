namespace ReplOrchestrator.Browser.Tests.Support;

/// <summary>
/// A host config close to Teams' light theme (its fonts, spacing, text and container colours), so that the
/// screenshots look like what people see; the renderer's defaults for everything else.
/// </summary>
internal static class TeamsHostConfig
{
    /// <summary>The host config as JSON, for <c>new AdaptiveCards.HostConfig(...)</c>.</summary>
    public const string Json = """
        {
          "fontFamily": "'Segoe UI', 'Helvetica Neue', 'Liberation Sans', 'DejaVu Sans', sans-serif",
          "supportsInteractivity": true,
          "spacing": { "small": 4, "default": 8, "medium": 16, "large": 20, "extraLarge": 24, "padding": 16 },
          "separator": { "lineThickness": 1, "lineColor": "#E0E0E0" },
          "fontSizes": { "small": 12, "default": 14, "medium": 14, "large": 18, "extraLarge": 24 },
          "fontWeights": { "lighter": 300, "default": 400, "bolder": 600 },
          "containerStyles": {
            "default": {
              "backgroundColor": "#FFFFFF",
              "foregroundColors": {
                "default": { "default": "#242424", "subtle": "#616161" },
                "accent": { "default": "#5B5FC7", "subtle": "#444791" },
                "good": { "default": "#0E700E", "subtle": "#107C10" },
                "warning": { "default": "#835B00", "subtle": "#8A5D00" },
                "attention": { "default": "#C4314B", "subtle": "#B10E1C" }
              }
            },
            "emphasis": { "backgroundColor": "#F5F5F5" },
            "accent": { "backgroundColor": "#E8EBFA" },
            "good": { "backgroundColor": "#E7F2DA" },
            "attention": { "backgroundColor": "#FCF4F6" },
            "warning": { "backgroundColor": "#FBF6D9" }
          },
          "factSet": {
            "title": { "weight": "bolder", "wrap": true, "maxWidth": 180 },
            "value": { "wrap": true },
            "spacing": 12
          },
          "actions": { "maxActions": 6, "spacing": "default", "buttonSpacing": 8, "actionsOrientation": "horizontal", "actionAlignment": "left" }
        }
        """;
}
