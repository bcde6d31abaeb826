using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Vms;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Vms;

/// <summary>
/// A Hyper-V VM's event-log entries, read as the two seed articles read them: 32086 with 32022 within
/// 10 minutes is the suspension at shutdown, the backup events are one backup conflict, anything else
/// alerts by its catalog entry.
/// </summary>
public sealed class VmEventsTests
{
    [Fact]
    public void Apply_ShutdownPairInOneHeartbeat_RaisesOneCriticalSuspensionThatSuggestsResuming()
    {
        var (next, deliveries, suggestsResume) = VmEvents.Apply(HealthyHyperVVm(), [Event(32022, T0.AddMinutes(-2)), Event(32086, T0.AddMinutes(-1))], T0, SignalIds());

        var alert = deliveries.ShouldHaveSingleItem().Signal.Alert!;
        (alert.Code, alert.Severity, suggestsResume).ShouldBe((CatalogCodes.HyperVReplicationSuspended, AlertSeverity.Critical, true));
        alert.Summary.ShouldStartWith("Events 32086 and 32022 within 10 min");
        next.Open.ShouldBe([Open(CatalogCodes.HyperVReplicationSuspended, T0, AlertSeverity.Critical) with { LastEventAt = T0 }]);
    }

    [Fact]
    public void Apply_SameEntriesInTheNextHeartbeat_ChangeNothing()
    {
        IReadOnlyList<ReplicationEvent> entries = [Event(32022, T0.AddMinutes(-2)), Event(32086, T0.AddMinutes(-1))];
        var (once, _, _) = VmEvents.Apply(HealthyHyperVVm(), entries, T0, SignalIds());

        var (twice, deliveries, suggestsResume) = VmEvents.Apply(once, entries, T0.AddMinutes(5), SignalIds());

        twice.ShouldBeSameAs(once);
        (deliveries.Count, suggestsResume).ShouldBe((0, false));
    }

    public static TheoryData<TimeSpan, string, bool> SplitPairCases() => new()
    {
        { TimeSpan.FromMinutes(10), "Events 32086 and 32022 within 10 min", true },
        { TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1), "Event 32086: Hyper-V suspended replication after a non-recoverable failure", false },
    };

    [Theory]
    [MemberData(nameof(SplitPairCases))]
    public void Apply_PairSplitAcrossHeartbeats_PairsOnlyWithinTenMinutes(TimeSpan apart, string summary, bool resume)
    {
        var (first, firstDeliveries, _) = VmEvents.Apply(HealthyHyperVVm(), [Event(32022, T0)], T0, SignalIds());

        var (next, deliveries, suggestsResume) = VmEvents.Apply(first, [Event(32086, T0 + apart)], T0 + apart, SignalIds());

        firstDeliveries.ShouldHaveSingleItem().Key.Code.ShouldBe(CatalogCodes.HyperVReplicationCancelled);
        deliveries.Where(d => d.Signal.Kind == AlertSignalKind.Fire).ShouldHaveSingleItem().Signal.Alert!.Summary.ShouldStartWith(summary);
        suggestsResume.ShouldBe(resume); // 32086 alone: a non-recoverable failure to correct before resuming
        next.RecentEvents.Count.ShouldBe(apart <= TimeSpan.FromMinutes(10) ? 2 : 1);
    }

    [Fact]
    public void Apply_32086Alone_DoesNotSuggestResuming()
    {
        var (_, deliveries, suggestsResume) = VmEvents.Apply(HealthyHyperVVm() with { State = ReplicationState.Suspended }, [Event(32086, T0)], T0, SignalIds());

        deliveries.ShouldHaveSingleItem().Key.Code.ShouldBe(CatalogCodes.HyperVReplicationSuspended);
        suggestsResume.ShouldBeFalse();
    }

    public static TheoryData<int, string> SecondHalves() => new()
    {
        { 32086, CatalogCodes.HyperVReplicationSuspended }, // the suspension at shutdown
        { 32315, CatalogCodes.HyperVReplicaBackupConflict }, // a backup on the replica host, seen from the primary
    };

    [Theory]
    [MemberData(nameof(SecondHalves))]
    public void Apply_SecondHalfInTheNextHeartbeat_ResolvesTheWarningThe32022AloneRaised(int secondEventId, string situation)
    {
        var (first, _, _) = VmEvents.Apply(HealthyHyperVVm(), [Event(32022, T0)], T0, SignalIds());

        var (next, deliveries, _) = VmEvents.Apply(first, [Event(secondEventId, T0.AddMinutes(5))], T0.AddMinutes(5), SignalIds());

        deliveries.Select(d => (d.Key.Code, d.Signal.Kind)).ShouldBe(
            [(situation, AlertSignalKind.Fire), (CatalogCodes.HyperVReplicationCancelled, AlertSignalKind.Resolve)], ignoreOrder: true);
        deliveries.Single(d => d.Signal.Kind == AlertSignalKind.Resolve).Signal.Reason.ShouldNotBeNull().ShouldContain("32022");
        next.Open.Select(c => c.Code).ShouldBe([situation]);
    }

    [Fact]
    public void Apply_SecondHalfPairingOnlyOneOfTwo32022_KeepsTheWarningOfTheOther()
    {
        var (first, _, _) = VmEvents.Apply(HealthyHyperVVm(), [Event(32022, T0.AddMinutes(-9))], T0.AddMinutes(-9), SignalIds());
        (first, _, _) = VmEvents.Apply(first, [Event(32022, T0.AddMinutes(-1))], T0.AddMinutes(-1), SignalIds());

        // 32086 pairs with the 32022 a minute before it, not with the one of 12 minutes before.
        var (next, deliveries, _) = VmEvents.Apply(first, [Event(32086, T0.AddMinutes(3))], T0.AddMinutes(3), SignalIds());

        deliveries.ShouldNotContain(d => d.Signal.Kind == AlertSignalKind.Resolve);
        next.Open.Select(c => c.Code).ShouldBe([CatalogCodes.HyperVReplicationCancelled, CatalogCodes.HyperVReplicationSuspended], ignoreOrder: true);
    }

    public static TheoryData<int[], ReplicationState, AlertSeverity> BackupCases() => new()
    {
        { [32546, 19050, 32032, 33680], ReplicationState.Replicating, AlertSeverity.Info }, // 2012 R2: replication continues
        { [32546, 19050, 32056], ReplicationState.Replicating, AlertSeverity.Warning }, // 2012, replica side
        { [32546, 19050, 32056], ReplicationState.Error, AlertSeverity.Critical }, // 2012: the primary went to Error
        { [32315, 32022], ReplicationState.Replicating, AlertSeverity.Warning }, // 2012, primary side
    };

    [Theory]
    [MemberData(nameof(BackupCases))]
    public void Apply_BackupOnTheReplicaHost_IsOneBackupConflictBySeverityOfRelease(int[] eventIds, ReplicationState replication, AlertSeverity severity)
    {
        var entries = eventIds.Select((id, i) => Event(id, T0.AddMinutes(i - eventIds.Length))).ToList();

        var (_, deliveries, suggestsResume) = VmEvents.Apply(HealthyHyperVVm() with { State = replication }, entries, T0, SignalIds());

        var alert = deliveries.ShouldHaveSingleItem().Signal.Alert!;
        (alert.Code, alert.Severity, suggestsResume).ShouldBe((CatalogCodes.HyperVReplicaBackupConflict, severity, false));
    }

    [Fact]
    public void Apply_SeveralEntriesOfOneCode_FireOnce()
    {
        var (_, deliveries, _) = VmEvents.Apply(HealthyHyperVVm(), [Event(32315, T0.AddMinutes(-5)), Event(32315, T0)], T0, SignalIds());

        deliveries.Select(d => (d.Key.Code, d.Signal.SignalId)).ShouldBe([(CatalogCodes.HyperVReplicationRetrying, "sig-1")]);
    }

    [Theory]
    [InlineData(ReplicationEventLevel.Verbose, false)]
    [InlineData(ReplicationEventLevel.Information, false)]
    [InlineData(ReplicationEventLevel.Warning, false)]
    [InlineData(ReplicationEventLevel.Error, true)]
    [InlineData(ReplicationEventLevel.Critical, true)]
    public void Apply_EntryTheCatalogDoesNotKnow_AlertsUnclassifiedOnlyAtErrorOrWorse(ReplicationEventLevel level, bool alerts)
    {
        var (_, deliveries, _) = VmEvents.Apply(HealthyHyperVVm(), [Event(29286, T0, level)], T0, SignalIds());

        deliveries.Select(d => d.Key.Code).ShouldBe(alerts ? [CatalogCodes.Unclassified] : []);
    }

    [Fact]
    public void Apply_NewEntryBesideAnAlreadyReportedSituation_RaisesOnlyTheNewEntry()
    {
        var (reported, _, _) = VmEvents.Apply(HealthyHyperVVm(), [Event(32022, T0.AddMinutes(-4)), Event(32086, T0.AddMinutes(-3))], T0.AddMinutes(-3), SignalIds());

        var (_, deliveries, suggestsResume) = VmEvents.Apply(reported, [Event(32315, T0)], T0, SignalIds());

        deliveries.Select(d => d.Key.Code).ShouldBe([CatalogCodes.HyperVReplicationRetrying]);
        suggestsResume.ShouldBeFalse();
    }

    [Fact]
    public void Apply_EntryOfAnOpenCondition_RefreshesItsLastEntryButKeepsWhenItOpened()
    {
        var retrying = Open(CatalogCodes.HyperVReplicationRetrying, T0.AddMinutes(-20)) with { LastEventAt = T0.AddMinutes(-20) };

        var (next, _, _) = VmEvents.Apply(HealthyHyperVVm() with { Open = [retrying] }, [Event(32315, T0)], T0, SignalIds());

        next.Open.ShouldBe([retrying with { LastEventAt = T0 }]);
    }

    [Fact]
    public void Apply_FreshEntries_ForgetKeptEntriesTooOldToPair()
    {
        var state = HealthyHyperVVm() with { RecentEvents = [Event(32022, T0.AddMinutes(-30)), Event(32315, T0.AddMinutes(-5))] };

        var (next, _, _) = VmEvents.Apply(state, [Event(32315, T0)], T0, SignalIds());

        next.RecentEvents.ShouldBe([Event(32315, T0.AddMinutes(-5)), Event(32315, T0)]);
    }

    [Theory]
    [InlineData(-10 * 60, true)]
    [InlineData((-10 * 60) - 1, false)]
    [InlineData(60, true)] // logged by a host whose clock runs ahead
    public void Recent_KeptEntry_CountsWhileYoungEnoughToPair(int secondsFromNow, bool recent) =>
        VmEvents.Recent(HealthyHyperVVm() with { RecentEvents = [Event(32022, T0.AddSeconds(secondsFromNow))] }, T0).Any().ShouldBe(recent);
}
