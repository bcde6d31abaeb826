using ReplOrchestrator.TestUtilities.Browser;

namespace ReplOrchestrator.Browser.Tests.Dashboard;

/// <summary>The dashboard's tests: one Chromium for them all, a running local host per test.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "Dashboard";
}
