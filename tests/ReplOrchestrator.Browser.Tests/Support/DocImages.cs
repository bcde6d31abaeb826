using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Browser.Tests.Support;

/// <summary>
/// The README's screenshots, refreshed from a test's artifact only when asked (<c>REPL_UPDATE_DOC_IMAGES=1</c>):
/// an ordinary run must leave the checkout clean.
/// </summary>
internal static class DocImages
{
    /// <summary>Copies <paramref name="screenshot"/> to <c>docs/images/<paramref name="name"/></c> when asked.</summary>
    public static void UpdateIfAsked(string screenshot, string name)
    {
        if (Environment.GetEnvironmentVariable("REPL_UPDATE_DOC_IMAGES") != "1")
        {
            return;
        }

        var target = Path.Combine(RepositoryRoot.Path, "docs", "images", name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(screenshot, target, overwrite: true);
    }
}
