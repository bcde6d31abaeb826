using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Catalog;

/// <summary>The two Hyper-V situations of the seeds, recognised from the events that appear together.</summary>
public sealed class HyperVEventCorrelatorTests
{
    [Fact]
    public void SuspendedAtShutdown_32086With32022_IsSuspendedReplicationToResume()
    {
        var events = new[] { Event(32022, 0), Event(32086, 1) };

        var correlation = HyperVEventCorrelator.Correlate(events, ReplicationState.Suspended);

        var situation = correlation.Situations.ShouldHaveSingleItem();
        situation.Entry.Code.ShouldBe(CatalogCodes.HyperVReplicationSuspended);
        (situation.Severity, situation.SuggestsResume).ShouldBe((AlertSeverity.Critical, true));
        situation.Explanation.ShouldContain("shut down");
        situation.Events.Select(e => e.EventId).ShouldBe([32022, 32086]);
        correlation.Unexplained.ShouldBeEmpty();
    }

    [Fact]
    public void Suspended_32086Alone_IsANonRecoverableFailureToFixThenResume()
    {
        var situation = HyperVEventCorrelator.Correlate([Event(32086, 0)], ReplicationState.Suspended).Situations.ShouldHaveSingleItem();

        situation.Entry.Code.ShouldBe(CatalogCodes.HyperVReplicationSuspended);
        situation.Explanation.ShouldContain("non-recoverable");
        situation.SuggestsResume.ShouldBeFalse(); // the failure must be corrected first
    }

    [Fact]
    public void Suspended_32022FarFrom32086_IsNotPairedWithIt()
    {
        var correlation = HyperVEventCorrelator.Correlate([Event(32022, 0), Event(32086, 60)], ReplicationState.Suspended);

        var situation = correlation.Situations.ShouldHaveSingleItem();
        situation.Events.ShouldHaveSingleItem().EventId.ShouldBe(32086);
        situation.SuggestsResume.ShouldBeFalse();
        correlation.Unexplained.ShouldHaveSingleItem().EventId.ShouldBe(32022);
    }

    [Fact]
    public void BackupOnReplicaHost_WindowsServer2012R2_IsInformationalOnly()
    {
        var events = new[] { Event(32546, 0), Event(19050, 0), Event(32032, 1), Event(33680, 2) };

        var situation = HyperVEventCorrelator.Correlate(events, ReplicationState.Replicating).Situations.ShouldHaveSingleItem();

        situation.Entry.Code.ShouldBe(CatalogCodes.HyperVReplicaBackupConflict);
        (situation.Release, situation.Severity, situation.SuggestsResume).ShouldBe((WindowsServerRelease.WindowsServer2012R2, AlertSeverity.Info, false));
        situation.Explanation.ShouldContain("no action is needed");
    }

    [Theory]
    [InlineData(ReplicationState.Replicating, AlertSeverity.Warning)]
    [InlineData(ReplicationState.Error, AlertSeverity.Critical)]
    [InlineData(ReplicationState.ResyncRequired, AlertSeverity.Critical)]
    public void BackupOnReplicaHost_WindowsServer2012Replica_DegradesWithTheReplicationState(ReplicationState state, AlertSeverity expected)
    {
        var events = new[] { Event(32546, 0), Event(19050, 0), Event(32056, 1) };

        var situation = HyperVEventCorrelator.Correlate(events, state).Situations.ShouldHaveSingleItem();

        (situation.Release, situation.Severity).ShouldBe((WindowsServerRelease.WindowsServer2012, expected));
        situation.Explanation.ShouldContain("Resync Required");
    }

    [Fact]
    public void BackupOnReplicaHost_WindowsServer2012Primary_32315With32022_IsTheBackupConflict()
    {
        var correlation = HyperVEventCorrelator.Correlate([Event(32315, 0), Event(32022, 1)], ReplicationState.Error);

        var situation = correlation.Situations.ShouldHaveSingleItem();
        (situation.Entry.Code, situation.Release).ShouldBe((CatalogCodes.HyperVReplicaBackupConflict, WindowsServerRelease.WindowsServer2012));
        correlation.Unexplained.ShouldBeEmpty();
    }

    [Fact]
    public void Retry_32315Alone_IsNoSituationAndLeftToClassifyOnItsOwn()
    {
        var correlation = HyperVEventCorrelator.Correlate([Event(32315, 0)], ReplicationState.Replicating);

        correlation.Situations.ShouldBeEmpty();
        correlation.Unexplained.ShouldHaveSingleItem().EventId.ShouldBe(32315);
    }

    [Fact]
    public void ShutdownAndBackup_Together_AreTwoSituations()
    {
        var events = new[] { Event(32022, 0), Event(32086, 0), Event(32546, 5) };

        var codes = HyperVEventCorrelator.Correlate(events, ReplicationState.Suspended).Situations.Select(s => s.Entry.Code);

        codes.ShouldBe([CatalogCodes.HyperVReplicationSuspended, CatalogCodes.HyperVReplicaBackupConflict]);
    }

    private static ReplicationEvent Event(int id, int minute) =>
        new(id, "Microsoft-Windows-Hyper-V-VMMS", ReplicationEventLevel.Error, "vm-sql01", Epoch.AddMinutes(minute), $"event {id}");
}
