using System.Text.Json;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary>
/// Each <c>bench</c> measurement, run small: it finishes and prints one JSON line per measurement with the
/// figures it promises. The figures themselves are never judged here; they vary with the machine.
/// </summary>
public sealed class BenchCommandTests
{
    [Theory]
    [InlineData("engine --orchestrations 20 --memory", "orchestrationsPerSec+ eventsPerSec+")]
    [InlineData("replay --activities 5", "historyEvents+ replayMicros+ requestBytes+")]
    [InlineData("ingest --heartbeats 40 --vms 2", "heartbeatsPerSec+ p50Ms+ p99Ms+")]
    [InlineData("alert-delay --appliances 2", "p50Ms p99Ms maxMs")]
    [InlineData("alert-delay --appliances 2 --notify", "p50Ms p99Ms maxMs cards+ cardP50Ms cardP99Ms")]
    [InlineData("footprint --vms 100 --heartbeats 2", "managedBytesPerVm residentBytesPerVm databaseBytesPerVm+ databaseBytesPerVmAfter+")]
    [InlineData("footprint --busy --vms 2 --reports 60", "reports+ databaseBytesPerVm+ maxHistoryEvents+")]
    [InlineData("arm-poll --items 50 --runs 2 --page-size 20",
        "items+ pages+ parts+ largestPartBytes+ listP50Ms listMaxMs intakeP50Ms intakeMaxMs pollP50Ms pollMaxMs createMonitorsMs updateMonitorsP50Ms updateMonitorsMaxMs "
        + "allocatedP50Bytes allocatedMaxBytes workingSetP50Bytes workingSetMaxBytes")]
    public async Task Measurement_PrintsOneJsonLineWithItsFigures(string measurement, string figures)
    {
        var words = measurement.Split(' ');

        var run = await CliRun.InProcessAsync(["bench", .. words]);

        run.ExitCode.ShouldBe(0, run.Error);
        var line = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem();
        using var json = JsonDocument.Parse(line);
        json.RootElement.GetProperty("benchmark").GetString().ShouldBe(words[0]);
        foreach (var figure in figures.Split(' '))
        {
            // A figure marked + is a count or a rate, above zero on any machine; memory deltas measured
            // inside a test process shared with other tests can be anything, so only their presence counts.
            var name = figure.TrimEnd('+');
            json.RootElement.TryGetProperty(name, out var value).ShouldBeTrue($"{name} is missing from {line}");
            value.ValueKind.ShouldBe(JsonValueKind.Number, name);
            if (figure.EndsWith('+'))
            {
                value.GetDouble().ShouldBeGreaterThan(0, name);
            }
        }
    }

    [Fact]
    public async Task FootprintOfNoVms_IsRefusedInOneLine()
    {
        var run = await CliRun.InProcessAsync("bench", "footprint", "--vms", "0");

        run.ExitCode.ShouldNotBe(0);
        run.ErrorLines.ShouldHaveSingleItem().ShouldContain("must be positive");
        run.Output.ShouldBeEmpty();
    }
}
