using System.Text.RegularExpressions;
using ReplOrchestrator.Local.Tests.Cli;

namespace ReplOrchestrator.Local.Tests.Demo;

/// <summary>The demo's way into the dashboard: a URL carrying a reader key made up for the run.</summary>
public sealed class DemoDashboardTests
{
    [Fact]
    public async Task Demo_Starting_PrintsTheDashboardUrlWithA128BitKeyOfItsOwn()
    {
        var first = await CliProcess.RunAsync("demo", "--duration", "3s");
        var second = await CliProcess.RunAsync("demo", "--duration", "3s");

        first.ExitCode.ShouldBe(0, first.Error);
        var pattern = new Regex(@"Dashboard \(open while the demo runs\): http://127\.0\.0\.1:\d+/api/dashboard/#key=([0-9a-f]{32})\n");
        var key = pattern.Match(first.Output).Groups[1].Value;
        key.ShouldNotBeEmpty(first.Output);
        pattern.Match(second.Output).Groups[1].Value.ShouldNotBe(key);
        Regex.Matches(first.Output, key).Count.ShouldBe(1, "the key is printed once");
    }
}
