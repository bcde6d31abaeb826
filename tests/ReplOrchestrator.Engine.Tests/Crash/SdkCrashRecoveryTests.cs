using System.Diagnostics;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.CrashHost;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.TestUtilities.Durable;
using Xunit.Abstractions;
using Kind = Microsoft.DurableTask.Protobuf.HistoryEvent.EventTypeOneofCase;

namespace ReplOrchestrator.Engine.Tests.Crash;

/// <summary>
/// The crash test for the path applications take: Microsoft SDK orchestrators and activities in a generic
/// host with <c>UseEmbeddedEngine</c>, on the real clock, SIGKILLed while they run and started again on the
/// same database. History must hold every step exactly once; activities may have run more than once
/// (their effects file says), but each instance's output holds each result exactly once.
/// </summary>
public sealed class SdkCrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int InstancesPerWave = 20;
    private const int MaxWave = 160;
    private const int Kills = 8;
    private const int MaxRuns = 20;
    private static readonly TimeSpan s_startLimit = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan s_finishLimit = TimeSpan.FromSeconds(40);
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task SdkWorkload_KilledWhileRunningSeveralTimes_EveryInstanceFinishesWithExactOutputAndHistory()
    {
        var database = Path.Combine(_directory.Path, "hub.db");
        var effects = Path.Combine(_directory.Path, "effects.txt");
        var seed = Environment.TickCount;
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        var kills = 0;
        var instances = 0;
        var wave = InstancesPerWave;
        for (var run = 0; kills < Kills && run < MaxRuns; run++)
        {
            instances += wave;
            using var host = CrashHostProcess.Start(database, effects, instances, sdk: true);
            // Half the kills land while the host is still starting and scheduling, half once every
            // instance is started and the wave's orchestrations, activities and events are in flight.
            if (random.Next(2) == 0)
            {
                using var startLimit = new CancellationTokenSource(s_startLimit);
                await Task.WhenAny(host.Started, host.WaitForExitAsync(startLimit.Token));
            }

            await Task.Delay(random.Next(100, 500));
            if (!host.HasExited)
            {
                host.KillHard();
                kills++;
            }
            else
            {
                // It ended by itself: only because every instance so far had finished. On a fast machine a wave can
                // finish within the delay, so the next one is larger, or the kills would run out of runs.
                host.ExitCode.ShouldBe(0, $"run {run} ended by itself without finishing");
                wave = Math.Min(wave * 2, MaxWave);
            }
        }

        using (var last = CrashHostProcess.Start(database, effects, instances, sdk: true))
        {
            using var finishLimit = new CancellationTokenSource(s_finishLimit);
            await last.WaitForExitAsync(finishLimit.Token);
            last.ExitCode.ShouldBe(0);
        }

        var effectLines = await File.ReadAllLinesAsync(effects);
        output.WriteLine(
            $"seed {seed}: {instances} instances, {kills} kills, {kills + 1} restarts, {clock.Elapsed.TotalSeconds:F1} s; "
            + $"{effectLines.Length} effects for {effectLines.Distinct(StringComparer.Ordinal).Count()} activity calls (the rest ran again after a kill)");
        kills.ShouldBe(Kills, "the workload kept finishing before it could be killed");
        await VerifyAsync(database, effectLines, instances);
    }

    public void Dispose() => _directory.Dispose();

    private static async Task VerifyAsync(string database, string[] effectLines, int instances)
    {
        var ids = Enumerable.Range(0, instances).Select(SdkCrashWorkload.InstanceId).ToList();
        var runs = effectLines.CountBy(line => line, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var expected = ids.SelectMany(SdkCrashWorkload.ExpectedEffects).ToHashSet(StringComparer.Ordinal);
        // At least once: an effect a kill interrupted may have happened twice, but none is made up.
        runs.Keys.Where(effect => !expected.Contains(effect)).ShouldBeEmpty("effects no activity call asked for");
        expected.Where(effect => !runs.ContainsKey(effect)).ShouldBeEmpty("activity calls whose effect is missing");

        // Only reads: the engine is never started, so nothing runs.
        await using var engine = new DurableEngine(new EngineOptions { DatabasePath = database }, new ScriptedOrchestrationInvoker(), new ScriptedActivityInvoker());
        foreach (var id in ids)
        {
            var parent = await engine.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
            parent!.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed, id);
            parent.ReadOutputAs<string>().ShouldBe(SdkCrashWorkload.ExpectedOutput(id), id);
            var partnerId = SdkCrashWorkload.PartnerId(id);
            var partner = await engine.Client.GetInstanceAsync(partnerId, getInputsAndOutputs: true);
            partner!.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed, partnerId);
            partner.ReadOutputAs<string>().ShouldBe(SdkCrashWorkload.Result($"{id}:pong"), partnerId);

            // Exactly once: each step, each sent event and each received event is in history once.
            var parentHistory = await engine.GetHistoryAsync(id);
            CrashRecoveryTests.VerifyHistory(id, parentHistory, activities: 5, timers: 0, children: 1);
            VerifyEvents(id, parentHistory, sent: SdkCrashWorkload.Ping, received: SdkCrashWorkload.Pong);
            var partnerHistory = await engine.GetHistoryAsync(partnerId);
            CrashRecoveryTests.VerifyHistory(partnerId, partnerHistory, activities: 1, timers: 0, children: 0);
            VerifyEvents(partnerId, partnerHistory, sent: SdkCrashWorkload.Pong, received: SdkCrashWorkload.Ping);
        }
    }

    private static void VerifyEvents(string id, IReadOnlyList<HistoryEvent> history, string sent, string received)
    {
        history.Where(e => e.EventTypeCase == Kind.EventSent).Select(e => e.EventSent.Name).ShouldBe([sent], id);
        history.Where(e => e.EventTypeCase == Kind.EventRaised).Select(e => e.EventRaised.Name).ShouldBe([received], id);
    }
}
