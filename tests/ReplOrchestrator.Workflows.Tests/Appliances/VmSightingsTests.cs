using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Appliances;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Appliances;

/// <summary>The sightings a vault's monitor keeps from heartbeats that may each be one part of a poll, against a 15 min horizon.</summary>
public sealed class VmSightingsTests
{
    private static readonly TimeSpan s_horizon = TimeSpan.FromMinutes(15);

    [Fact]
    public void Merge_APartWithoutAVm_KeepsIt_AndANewerSightingReplacesTheOlder()
    {
        IReadOnlyList<VmSighting> kept = [Seen("vm-1", T0), Seen("vm-2", T0)];

        var merged = VmSightings.Merge(kept, [Seen("vm-2", T0.AddMinutes(5)), Seen("vm-3", T0.AddMinutes(5))], T0.AddMinutes(5), s_horizon);

        merged.ShouldBe([Seen("vm-1", T0), Seen("vm-2", T0.AddMinutes(5)), Seen("vm-3", T0.AddMinutes(5))]);
    }

    [Fact]
    public void Merge_SightingPastTheHorizon_IsDropped_EvenFromAHeartbeatWithoutSightings()
    {
        IReadOnlyList<VmSighting> kept = [Seen("vm-1", T0), Seen("vm-2", T0.AddMinutes(10))];

        VmSightings.Merge(kept, null, T0.AddMinutes(15), s_horizon).ShouldBe(kept, "15 min old is still within");
        VmSightings.Merge(kept, null, T0.AddMinutes(16), s_horizon).ShouldBe([Seen("vm-2", T0.AddMinutes(10))]);
    }

    [Fact]
    public void Merge_MoreThanItKeeps_KeepsTheNewest()
    {
        IReadOnlyList<VmSighting> kept = [.. Enumerable.Range(0, VmSightings.MaxKept).Select(i => Seen($"vm-old-{i:D5}", T0))];

        var merged = VmSightings.Merge(kept, [Seen("vm-new", T0.AddMinutes(5))], T0.AddMinutes(5), s_horizon);

        merged.Count.ShouldBe(VmSightings.MaxKept);
        merged.ShouldContain(Seen("vm-new", T0.AddMinutes(5)));
    }

    [Fact]
    public void Merge_NothingKeptOrSeen_IsEmpty() => VmSightings.Merge([], null, T0, s_horizon).ShouldBeEmpty();

    private static VmSighting Seen(string vmId, DateTimeOffset at) => new(ApplianceId, vmId, at);
}
