using ReplOrchestrator.Local.Cli;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary>Every way <c>demo</c> refuses its arguments, and how the ARM demo says it ended too early.</summary>
public sealed class DemoCommandTests
{
    [Theory]
    [InlineData("--source", "vmware")]
    [InlineData("--source")]
    [InlineData("--source", "arm", "--agents")]
    [InlineData("--source", "arm", "--duration", "0s")]
    [InlineData("--duration", "soon")]
    public async Task Demo_BadArgument_FailsWithOneLineAndUsageExitCode(params string[] args)
    {
        var run = await CliRun.InProcessAsync(["demo", .. args]);

        run.ExitCode.ShouldBe(CliApp.UsageError);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("error: ");
        run.Error.ShouldEndWith("(see --help)" + Environment.NewLine);
    }

    [Fact]
    public async Task Demo_UnknownSource_NamesTheSourcesThereAre()
    {
        var run = await CliRun.InProcessAsync("demo", "--source", "vmware");

        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("'vmware'");
        run.Error.ShouldContain("'heartbeats'");
        run.Error.ShouldContain("'arm'");
    }

    [Fact]
    public async Task Demo_AgentsThroughArm_SaysTheyDoNotGoTogether()
    {
        var run = await CliRun.InProcessAsync("demo", "--source", "arm", "--agents");

        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("--agents runs appliance agents beside the simulated fleet; it does not go with --source arm");
    }

    [Fact]
    public async Task DemoThroughArm_TooShortForItsSituations_SaysWhichNeverPlayedOutInOneLineAndFails()
    {
        using var data = new TestUtilities.TemporaryDirectory();

        var run = await CliRun.InProcessAsync("demo", "--source", "arm", "--duration", "3s", "--data", data.Path);

        run.ExitCode.ShouldBe(1);
        var error = run.ErrorLines.ShouldHaveSingleItem();
        error.ShouldStartWith("error: the ARM demo ended before every situation played out: ");
        error.ShouldContain("arm-contoso-migrate-demo/item-app02/DiskUploadTimedOut (1011) never raised");
        error.ShouldEndWith("give it a longer --duration");
        run.Output.ShouldContain("Demo summary");
    }
}
