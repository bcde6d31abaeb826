namespace ReplOrchestrator.Browser.Tests.Support;

/// <summary>
/// The scripts that render an Adaptive Card in a page as Microsoft's JavaScript renderer does: the renderer's
/// standalone bundle (its Swiper dependency, for carousels, is inside it) and markdown-it, which the renderer
/// picks up from <c>window.markdownit</c> to render the markdown Teams renders (bold, numbered lists).
/// </summary>
internal static class AdaptiveCardsLibrary
{
    /// <summary>The renderer; its <c>dist/adaptivecards.min.js</c> defines <c>window.AdaptiveCards</c>.</summary>
    public static NpmPackage Renderer { get; } = new(
        "adaptivecards", "3.0.6", "sha512-WDCIb2WXZ7cOHJ9HIHRNdhSt861HySVOdN2xPk2aKHAF3JvD8QGQ8/XcNFrDJxCteOog8MM7EBlXfSAR8JXKAg==");

    /// <summary>Markdown; its browser bundle defines <c>window.markdownit</c>.</summary>
    public static NpmPackage Markdown { get; } = new(
        "markdown-it", "15.0.3", "sha512-+Az7Ojz3iRGu8KYMvJ6xVhvrxP3eE+vEtJX75Ow88XBpcQNV/0lGX5ZynIIBftREo4DC2jsveAMDaeltmm8QvQ==");

    private static readonly Lazy<Task<string[]>> s_scripts = new(LoadAsync);

    /// <summary>The scripts, in the order a page adds them.</summary>
    public static Task<string[]> ScriptsAsync() => s_scripts.Value;

    private static async Task<string[]> LoadAsync() =>
    [
        await NpmTarballs.ReadTextAsync(Markdown, "dist/browser/markdown-it.umd.min.js"),
        await NpmTarballs.ReadTextAsync(Renderer, "dist/adaptivecards.min.js"),
    ];
}
