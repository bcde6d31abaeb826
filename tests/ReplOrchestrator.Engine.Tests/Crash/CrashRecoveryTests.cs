using System.Diagnostics;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.CrashHost;
using ReplOrchestrator.TestUtilities;
using Xunit.Abstractions;
using Kind = Microsoft.DurableTask.Protobuf.HistoryEvent.EventTypeOneofCase;

namespace ReplOrchestrator.Engine.Tests.Crash;

/// <summary>
/// A child process runs the crash workload on a file database and is SIGKILLed at random moments,
/// again and again; then it is left to finish. Nothing accepted may be lost and no step applied twice.
/// Each start adds a wave of new instances, so every run has work to be killed in, however fast the
/// engine gets.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int InstancesPerWave = 60;
    private const int Kills = 15;
    private const int MaxRuns = 40;
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task Workload_KilledAtRandomMomentsManyTimes_EveryInstanceFinishesWithEveryStepExactlyOnce()
    {
        var database = Path.Combine(_directory.Path, "hub.db");
        var effects = Path.Combine(_directory.Path, "effects.txt");
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        var kills = 0;
        var instances = 0;
        for (var run = 0; kills < Kills && run < MaxRuns; run++)
        {
            instances += InstancesPerWave;
            using var host = CrashHostProcess.Start(database, effects, instances);
            await Task.Delay(random.Next(120, 700));
            if (!host.HasExited)
            {
                host.KillHard();
                kills++;
            }
        }

        using (var last = CrashHostProcess.Start(database, effects, instances))
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await last.WaitForExitAsync(timeout.Token);
            last.ExitCode.ShouldBe(0);
        }

        var effectLines = await File.ReadAllLinesAsync(effects);
        output.WriteLine(
            $"seed {seed}: {instances} instances, {kills} kills, {kills + 1} restarts, {clock.Elapsed.TotalSeconds:F1} s; "
            + $"{effectLines.Length} effects for {effectLines.Distinct(StringComparer.Ordinal).Count()} activity calls (the rest ran again after a kill)");
        kills.ShouldBe(Kills, "the workload kept finishing before it could be killed");
        await VerifyAsync(database, effects, instances);
    }

    public void Dispose() => _directory.Dispose();

    private static async Task VerifyAsync(string database, string effects, int instances)
    {
        var lines = (await File.ReadAllLinesAsync(effects)).ToHashSet(StringComparer.Ordinal);
        await using var engine = new DurableEngine(new EngineOptions { DatabasePath = database }, CrashWorkload.Orchestrations(), CrashWorkload.Activities(effects));
        for (var i = 0; i < instances; i++)
        {
            var id = CrashWorkload.InstanceId(i);
            var parent = await engine.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
            parent!.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed, id);
            parent.SerializedOutput.ShouldBe(CrashWorkload.Output);
            var missing = CrashWorkload.ExpectedEffects(id).Where(effect => !lines.Contains(effect)).ToList();
            missing.ShouldBeEmpty($"effects of {id} are missing: {string.Join(", ", missing)}");
            VerifyHistory(id, await engine.GetHistoryAsync(id), activities: 5, timers: 1, children: 1);
            VerifyHistory(CrashWorkload.ChildId(id), await engine.GetHistoryAsync(CrashWorkload.ChildId(id)), activities: 2, timers: 0, children: 0);
        }
    }

    // Every scheduled step appears once and is answered once; every episode is closed.
    internal static void VerifyHistory(string id, IReadOnlyList<HistoryEvent> history, int activities, int timers, int children)
    {
        Ids(history, Kind.TaskScheduled, e => e.EventId).ShouldBe(Ids(history, Kind.TaskCompleted, e => e.TaskCompleted.TaskScheduledId), id);
        Ids(history, Kind.TaskScheduled, e => e.EventId).Count.ShouldBe(activities, id);
        Ids(history, Kind.TimerCreated, e => e.EventId).ShouldBe(Ids(history, Kind.TimerFired, e => e.TimerFired.TimerId), id);
        Ids(history, Kind.TimerCreated, e => e.EventId).Count.ShouldBe(timers, id);
        Ids(history, Kind.SubOrchestrationInstanceCreated, e => e.EventId)
            .ShouldBe(Ids(history, Kind.SubOrchestrationInstanceCompleted, e => e.SubOrchestrationInstanceCompleted.TaskScheduledId), id);
        Ids(history, Kind.SubOrchestrationInstanceCreated, e => e.EventId).Count.ShouldBe(children, id);
        history.Count(e => e.EventTypeCase == Kind.ExecutionStarted).ShouldBe(1, id);
        history.Count(e => e.EventTypeCase == Kind.ExecutionCompleted).ShouldBe(1, id);
        history.Count(e => e.EventTypeCase == Kind.OrchestratorStarted).ShouldBe(history.Count(e => e.EventTypeCase == Kind.OrchestratorCompleted), id);
    }

    // Duplicates would survive as repeated entries, so compare sorted lists, not sets.
    private static List<int> Ids(IReadOnlyList<HistoryEvent> history, Kind kind, Func<HistoryEvent, int> id) =>
        history.Where(e => e.EventTypeCase == kind).Select(id).Order().ToList();
}
