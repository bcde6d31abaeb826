using System.Text.Json;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary>The built executable, run as a user runs it: real streams, real exit codes.</summary>
public sealed class CatalogProcessTests
{
    [Fact]
    public async Task Executable_CatalogJson_WritesJsonToStandardOutput()
    {
        var run = await CliProcess.RunAsync("catalog", "--json");

        run.ExitCode.ShouldBe(0, run.Error);
        using var document = JsonDocument.Parse(run.Output);
        document.RootElement.GetArrayLength().ShouldBeGreaterThan(40);
    }

    [Fact]
    public async Task Executable_BadOption_WritesOneLineToStandardErrorAndExitsNonZero()
    {
        var run = await CliProcess.RunAsync("catalog", "--nope");

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("--nope");
    }
}
