using FsCheck;
using FsCheck.Fluent;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Vms;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Vms;

/// <summary>When a VM monitor must look again without a signal: the earliest moment a decision can change.</summary>
public sealed partial class VmConditionsTests
{
    public static TheoryData<string, TimeSpan?> WakeCases() => new()
    {
        { "Hyper-V VM waiting for its first cycle", TimeSpan.FromMinutes(10) }, // 5 min interval + 5 min grace
        { "Azure Migrate VM waiting for its first cycle", TimeSpan.FromHours(13) }, // 12 h + 1 h grace
        { "the same Hyper-V VM with a cycle running", new TimeSpan(1, 6, 1) }, // no miss while it runs: the RPO warning, just past 66 min
        { "two misses already recorded", TimeSpan.FromMinutes(5) }, // the third miss
        { "RPO warning passed, critical ahead", TimeSpan.FromMinutes(50) },
        { "both RPO thresholds passed and nothing else pending", null },
        { "alert from an event-log entry 10 min ago", TimeSpan.FromMinutes(20) }, // its quiet period ends
        { "failed cycle about to leave the window", TimeSpan.FromMinutes(10) },
        { "recovery held for 5 min", TimeSpan.FromMinutes(10) }, // the 15 min hold ends
    };

    [Theory]
    [MemberData(nameof(WakeCases))]
    public void NextWake_Situation_IsTheEarliestMomentADecisionCanChange(string situation, TimeSpan? after) =>
        VmConditions.NextWake(Situation(situation), T0, Options).ShouldBe(T0 + after);

    [Fact]
    public void NextWake_ClockExactlyAtAMiss_IsTheFollowingMissNotNow()
    {
        var (state, _) = VmConditions.Evaluate(Situation("Hyper-V VM waiting for its first cycle"), T0.AddMinutes(10), Options, SignalIds());

        VmConditions.NextWake(state, T0.AddMinutes(10), Options).ShouldBe(T0.AddMinutes(15));
    }

    [Fact]
    public void NextWake_SuccessLeavingTheWindowRaisesTheMissedShare_WakesWhenItLeaves()
    {
        var state = HealthyAzureMigrateVm() with { Cycles = Hourly("SSSSSM"), LastSuccessfulCycleAt = T0.AddHours(-2) };
        var (settled, _) = VmConditions.Evaluate(state, T0, Options, SignalIds());
        VmConditions.Evaluate(settled, T0.AddHours(6), Options, SignalIds()).Deliveries.ShouldNotBeEmpty();

        VmConditions.NextWake(settled, T0, Options).ShouldBe(T0.AddHours(6));
    }

    // Successes stay out of the generated cycles: a success leaving the window is the gap the skipped test above describes.
    [Fact]
    public void NextWake_AnyMomentBeforeIt_EvaluatingRaisesOrResolvesNothing() => Verify(Prop.ForAll(Situations().ToArbitrary(), sample =>
    {
        var (state, laterSeconds) = sample;
        var (settled, _) = VmConditions.Evaluate(state, T0, Options, SignalIds());
        var wake = VmConditions.NextWake(settled, T0, Options);
        var lastQuiet = wake is { } at ? (long)(at - T0).TotalSeconds - 1 : long.MaxValue;
        if (wake <= T0 || lastQuiet < 1)
        {
            return wake > T0;
        }

        var probe = T0.AddSeconds(Math.Min(laterSeconds, lastQuiet));
        return VmConditions.Evaluate(settled, probe, Options, SignalIds()).Deliveries.Count == 0;
    }));

    private static Gen<(VmMonitorState State, int LaterSeconds)> Situations() =>
        from hyperV in Gen.Elements(true, false)
        from lastSuccessMinutes in MinutesAgoOrNever(3000)
        from expectedMinutesAgo in MinutesAgoOrNever(2000)
        from eventCount in Gen.Choose(0, 2)
        from eventMinutesAgo in Gen.Choose(0, 60).ListOf(eventCount)
        from lostCount in Gen.Choose(0, 4)
        from lost in Gen.Zip(Gen.Elements(CycleOutcome.Failed, CycleOutcome.Missed), Gen.Choose(0, 800)).ListOf(lostCount)
        from laterSeconds in Gen.Choose(1, 3 * 24 * 3600)
        let kind = hyperV ? ApplianceKind.HyperVReplica : ApplianceKind.AzureMigrateVMware
        select (Vm(kind, lastSuccessMinutes is { } success ? T0.AddMinutes(-success) : null) with
        {
            Expectation = expectedMinutesAgo is { } ago ? FirstSeenExpectation(kind, T0.AddMinutes(-ago)) : null,
            Open = [.. eventMinutesAgo.Select((minutes, i) => Open(i == 0 ? CatalogCodes.HyperVReplicationRetrying : CatalogCodes.HyperVReplicationCancelled, T0.AddHours(-1))
                with { LastEventAt = T0.AddMinutes(-minutes) })],
            Cycles = [.. lost.OrderByDescending(c => c.Item2).Select(c => c.Item1 == CycleOutcome.Missed
                ? Missed(T0.AddMinutes(-c.Item2)) : Cycle($"c-{c.Item2}", CycleOutcome.Failed, T0.AddMinutes(-c.Item2)))],
        }, laterSeconds);

    private static Gen<int?> MinutesAgoOrNever(int max) => Gen.Choose(0, max).Select(minutes => (int?)minutes).Or(Gen.Constant((int?)null));

    private static NextCycleExpectation FirstSeenExpectation(ApplianceKind kind, DateTimeOffset since) => kind == ApplianceKind.HyperVReplica
        ? new NextCycleExpectation(since.AddMinutes(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5))
        : new NextCycleExpectation(since.AddHours(12), TimeSpan.FromHours(1), TimeSpan.FromHours(12));

    private static VmMonitorState Situation(string name) => name switch
    {
        "Hyper-V VM waiting for its first cycle" => WaitingForFirstCycle(ApplianceKind.HyperVReplica),
        "Azure Migrate VM waiting for its first cycle" => WaitingForFirstCycle(ApplianceKind.AzureMigrateVMware),
        "the same Hyper-V VM with a cycle running" => WaitingForFirstCycle(ApplianceKind.HyperVReplica) with { Active = Running("c-1", T0) },
        "two misses already recorded" => HealthyHyperVVm() with
        {
            // Missed at T0 − 5 min and T0; the third falls due one interval later.
            Expectation = new NextCycleExpectation(T0.AddMinutes(-10), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5)),
            MissesRecorded = 2,
        },
        "RPO warning passed, critical ahead" => Vm(ApplianceKind.HyperVReplica, T0.AddMinutes(-70)),
        "both RPO thresholds passed and nothing else pending" => Vm(ApplianceKind.HyperVReplica, T0.AddHours(-3)),
        "alert from an event-log entry 10 min ago" => HealthyHyperVVm() with
        {
            Open = [Open(CatalogCodes.HyperVReplicationRetrying, T0.AddMinutes(-10)) with { LastEventAt = T0.AddMinutes(-10) }],
        },
        "failed cycle about to leave the window" => HealthyAzureMigrateVm() with
        {
            Cycles = [Cycle("c-1", CycleOutcome.Failed, T0.AddHours(-12).AddMinutes(10))],
        },
        "recovery held for 5 min" => HealthyHyperVVm() with { Health = new VmHealth(HealthLevel.Warning, [], T0.AddHours(-1), T0.AddMinutes(-5), 1) },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
