using FsCheck;
using FsCheck.Fluent;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Health;

public sealed class HealthPolicyPropertyTests
{
    private static readonly DateTimeOffset s_now = Epoch.AddHours(48);
    private static readonly HealthOptions s_options = new();

    private static readonly Gen<RecentCycle> s_cycle =
        from outcome in Gen.Elements(CycleOutcome.Succeeded, CycleOutcome.Failed, CycleOutcome.Missed)
        from at in Instant(48 * 60)
        select new RecentCycle(outcome, at);

    private static readonly Gen<VmHealthInput> s_input =
        from kind in Gen.Elements(ApplianceKind.AzureMigrateVMware, ApplianceKind.HyperVReplica)
        from state in Gen.Elements(Enum.GetValues<ReplicationState>())
        from cycles in Gen.ListOf(s_cycle)
        from lastSuccess in Gen.OneOf(Gen.Constant((DateTimeOffset?)null), Instant(48 * 60).Select(i => (DateTimeOffset?)i))
        from since in Instant(60)
        select new VmHealthInput(kind, state, [.. cycles], lastSuccess, since);

    [Theory]
    [InlineData(CycleOutcome.Failed)]
    [InlineData(CycleOutcome.Missed)]
    public void Evaluate_AddingOnlyFailedOrMissedCycles_NeverImprovesHealth(CycleOutcome added) => Verify(Prop.ForAll(
        s_input.ToArbitrary(), Gen.NonEmptyListOf(Instant(48 * 60)).ToArbitrary(),
        (input, times) =>
        {
            var before = HealthPolicy.Evaluate(input, s_now, s_options);
            var worse = input with { RecentCycles = [.. input.RecentCycles, .. times.Select(t => new RecentCycle(added, t))] };
            return HealthPolicy.Evaluate(worse, s_now, s_options).Level >= before.Level;
        }));

    [Fact]
    public void Evaluate_LevelIsTheWorstReason() => Verify(Prop.ForAll(s_input.ToArbitrary(), input =>
    {
        var health = HealthPolicy.Evaluate(input, s_now, s_options);
        return health.Reasons.Count == 0
            ? health.Level == HealthLevel.Normal
            : health.Level == health.Reasons.Max(r => r.Level) && health.Reasons[0].Level == health.Level;
    }));

    [Fact]
    public void Evaluate_CriticalState_IsAlwaysCritical() => Verify(Prop.ForAll(
        s_input.ToArbitrary(), Gen.Elements(ReplicationState.Suspended, ReplicationState.Error, ReplicationState.ResyncRequired).ToArbitrary(),
        (input, state) => HealthPolicy.Evaluate(input with { State = state }, s_now, s_options).Level == HealthLevel.Critical));
}
