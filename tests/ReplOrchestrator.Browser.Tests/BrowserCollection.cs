using ReplOrchestrator.TestUtilities.Browser;

namespace ReplOrchestrator.Browser.Tests;

/// <summary>The tests that share one Chromium: starting it is the slow part, and a page per test keeps them apart.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "Chromium";
}
