using Microsoft.Extensions.Configuration;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary>Every way <c>simulate</c> refuses to start: one line on standard error, a non-zero exit, nothing else.</summary>
public sealed class SimulateCommandTests
{
    private const string Key = "key-that-must-never-be-printed";

    [Fact]
    public async Task Simulate_NoCredentialsConfigured_SaysHowToConfigureThem()
    {
        var run = await CliRun.InProcessAsync(Configuration(0), "simulate", "--target", "http://127.0.0.1:9");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldBe("error: The fleet needs 1 appliance credential(s) but Repl:Appliances has 0; "
            + "configure one per appliance as Repl__Appliances__<n>__Id and Repl__Appliances__<n>__Key, as for the server.");
    }

    [Fact]
    public async Task Simulate_FewerCredentialsThanAppliances_Fails()
    {
        var run = await CliRun.InProcessAsync(Configuration(2), "simulate", "--appliances", "3");

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("needs 3 appliance credential(s) but Repl:Appliances has 2");
    }

    [Fact]
    public async Task Simulate_UnreachableServer_NamesTheUrl()
    {
        var port = LoopbackPorts.Free();

        var run = await CliRun.InProcessAsync(Configuration(1), "simulate", "--target", $"http://127.0.0.1:{port}", "--duration", "5s");

        run.ExitCode.ShouldBe(1);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith($"error: cannot reach the server at http://127.0.0.1:{port}/api/heartbeats: ");
        run.Error.ShouldContain("refused", Case.Insensitive);
        run.Error.ShouldNotContain(Key);
    }

    [Fact]
    public async Task Simulate_ServerRefusesTheKeys_SaysSoWithTheProblem()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ =>
            new CannedResponse(401, """{"title":"A valid x-appliance-key header is required.","status":401}""", "application/problem+json"));

        var run = await CliRun.InProcessAsync(Configuration(1), "simulate", "--target", server.BaseAddress.ToString(), "--duration", "5s");

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldBe(
            $"error: the server at {server.BaseAddress}api/heartbeats refuses the configured appliance keys: 401 A valid x-appliance-key header is required.");
    }

    [Theory]
    [InlineData("--scenario", "disk-on-fire")]
    [InlineData("--scenario", "upload-stall", "nonsense")]
    [InlineData("--duration", "0s")]
    [InlineData("--duration", "soon")]
    [InlineData("--heartbeat-interval", "-5s")]
    [InlineData("--appliances", "0")]
    [InlineData("--vms", "1001")]
    [InlineData("--target", "ftp://example.org")]
    [InlineData("--target", "not a url")]
    public async Task Simulate_BadArgument_FailsWithOneLineAndUsageExitCode(params string[] args)
    {
        var run = await CliRun.InProcessAsync(Configuration(1), ["simulate", .. args]);

        run.ExitCode.ShouldBe(2);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("error: ");
    }

    [Fact]
    public async Task Simulate_ScenariosThatNeedMoreAppliances_SayHowMany()
    {
        var run = await CliRun.InProcessAsync(Configuration(3), "simulate", "--scenario", "upload-stall", "appliance-silent");

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("need 2 appliances");
    }

    [Fact]
    public async Task Simulate_ServerThresholdsTooShortForTheInterval_SaysWhichOne()
    {
        var configuration = Configuration(1, new() { ["Repl:Cycle:UploadStallTimeout"] = "00:00:05" });

        var run = await CliRun.InProcessAsync(configuration, "simulate", "--heartbeat-interval", "5s");

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("error: UploadStallTimeout (00:00:05) must be at least 2 heartbeat intervals");
    }

    private static IConfiguration Configuration(int appliances, Dictionary<string, string?>? more = null)
    {
        var values = new Dictionary<string, string?>(more ?? []);
        for (var i = 0; i < appliances; i++)
        {
            values[$"Repl:Appliances:{i}:Id"] = $"appl-{i + 1:00}";
            values[$"Repl:Appliances:{i}:Key"] = Key + i;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
