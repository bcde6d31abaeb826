using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Cycles;
using ReplOrchestrator.Workflows.Vms;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Vms;

/// <summary>A cycle's overrun or failure: opened once, updated when diagnosed, never reopened once a cycle succeeded after it.</summary>
public sealed partial class VmCyclesTests
{
    private const string Stalled = "disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min";

    [Fact]
    public void Problem_FirstReport_FiresAndOpensAConditionItsCycleHolds()
    {
        var (next, delivery) = VmCycles.Problem(HealthyAzureMigrateVm(), UploadTimedOut(), T0, "sig-1");

        (delivery!.Key, delivery.Signal.Kind, delivery.Signal.SignalId, delivery.Signal.At)
            .ShouldBe((AlertKey.Create(ApplianceId, VmId, CatalogCodes.DiskUploadTimedOut), AlertSignalKind.Fire, "sig-1", T0));
        var alert = delivery.Signal.Alert!;
        (alert.CycleId, alert.Summary, alert.ErrorId, alert.Severity).ShouldBe(("c-1", Stalled, (int?)1011, AlertSeverity.Critical));
        next.Open.ShouldBe([Open(CatalogCodes.DiskUploadTimedOut, T0, AlertSeverity.Critical) with { FromCycle = true, CycleId = "c-1" }]);
    }

    [Fact]
    public void Problem_SentAgainOnceDiagnosed_UpdatesTheOneConditionOpenSinceTheFirst()
    {
        var (first, _) = VmCycles.Problem(HealthyAzureMigrateVm(), UploadTimedOut(), T0, "sig-1");
        var diagnosed = UploadTimedOut() with { Severity = AlertSeverity.Warning, Diagnosed = true, ObservedAt = T0.AddMinutes(10) };

        var (next, delivery) = VmCycles.Problem(first, diagnosed, T0.AddMinutes(10), "sig-2");

        delivery!.Signal.Alert!.Severity.ShouldBe(AlertSeverity.Warning);
        next.Open.ShouldBe([Open(CatalogCodes.DiskUploadTimedOut, T0, AlertSeverity.Warning) with { FromCycle = true, CycleId = "c-1" }]);
    }

    [Theory]
    [InlineData(CycleOutcome.Succeeded, false)]
    [InlineData(CycleOutcome.Failed, true)]
    public void Problem_ForACycleAlreadyRecorded_FiresOnlyIfItDidNotSucceed(CycleOutcome recorded, bool fires)
    {
        var state = HealthyAzureMigrateVm() with { Cycles = [Cycle("c-1", recorded, T0.AddMinutes(-1))] };

        var (next, delivery) = VmCycles.Problem(state, UploadTimedOut(), T0, "sig-1");

        (delivery is not null).ShouldBe(fires);
        if (!fires)
        {
            next.ShouldBeSameAs(state);
        }
    }

    [Theory]
    [InlineData(-5, true)] // an earlier cycle's success: the problem came after it
    [InlineData(5, false)] // a later cycle succeeded while the diagnosis ran, and another failed since
    public void Problem_DiagnosedAfterACycleSucceeded_FiresOnlyIfTheSuccessCameBeforeItWasSeen(int successMinutesAfterSeen, bool fires)
    {
        var state = HealthyAzureMigrateVm() with
        {
            Cycles = [Cycle("c-2", CycleOutcome.Succeeded, T0.AddMinutes(successMinutesAfterSeen))],
            Open = [Open(CatalogCodes.DiskUploadTimedOut, T0.AddMinutes(7), AlertSeverity.Critical) with { FromCycle = true, CycleId = "c-3" }],
        };

        var (next, delivery) = VmCycles.Problem(state, UploadTimedOut() with { Diagnosed = true }, T0.AddMinutes(10), "sig-1");

        (delivery is not null).ShouldBe(fires);
        if (!fires)
        {
            next.ShouldBeSameAs(state);
        }
    }

    [Theory]
    [InlineData(true, true, true)] // still held by a failing cycle: the diagnosis adds its evidence
    [InlineData(true, false, false)] // released by a successful cycle, held open only by event-log entries
    [InlineData(false, false, false)] // resolved, or never raised
    public void Problem_Diagnosed_UpdatesOnlyAnAlertAFailingCycleStillHolds(bool open, bool fromCycle, bool fires)
    {
        var condition = Open(CatalogCodes.DiskUploadTimedOut, T0, AlertSeverity.Critical) with { FromCycle = fromCycle, CycleId = "c-1", LastEventAt = fromCycle ? null : T0 };
        var state = HealthyAzureMigrateVm() with { Open = open ? [condition] : [] };

        var (_, delivery) = VmCycles.Problem(state, UploadTimedOut() with { Diagnosed = true }, T0.AddMinutes(10), "sig-1");

        (delivery is not null).ShouldBe(fires);
    }

    public static TheoryData<ApplianceKind, bool, TimeSpan, bool> ShutdownCases() => new()
    {
        { ApplianceKind.HyperVReplica, true, TimeSpan.FromMinutes(10), true }, // 32022 paired with the 32086 a minute ago
        { ApplianceKind.HyperVReplica, true, TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1), false }, // too old to pair any more
        { ApplianceKind.HyperVReplica, false, TimeSpan.FromMinutes(2), false }, // no suspension to explain it
        { ApplianceKind.AzureMigrateVMware, true, TimeSpan.FromMinutes(2), false }, // only Hyper-V events explain failures
    };

    [Theory]
    [MemberData(nameof(ShutdownCases))]
    public void Problem_FailureWhoseEventARecentSuspensionExplains_IsThatSituationNotANewAlert(
        ApplianceKind kind, bool suspended, TimeSpan cancelledAgo, bool explained)
    {
        var events = suspended ? new[] { Event(32022, T0 - cancelledAgo), Event(32086, T0.AddMinutes(-1)) } : [Event(32022, T0 - cancelledAgo)];
        var state = Vm(kind, T0) with { State = ReplicationState.Suspended, RecentEvents = events };
        var failure = new CycleProblem("c-1", CatalogCodes.HyperVReplicationCancelled, "32022: The operation has been canceled", 32022, null, [], [], false, T0);

        var (_, delivery) = VmCycles.Problem(state, failure, T0, "sig-1");

        (delivery is null).ShouldBe(explained);
    }

    public static TheoryData<string, string?, string> HostCases() => new()
    {
        { "The Azure Migrate appliance is unable to connect to the vSphere host 'esx07.contoso.local'", "esx01.contoso.local", "esx07.contoso.local" }, // the error text wins
        { "The Azure Migrate appliance is unable to connect to the vSphere host '%HostName;'", "esx01.contoso.local", "esx01.contoso.local" }, // unfilled: the VM's host
        { "Host connection refused", "esx01.contoso.local", "esx01.contoso.local" },
        { "Host connection refused", null, "<host>" }, // nothing names it: the placeholder stays
    };

    [Theory]
    [MemberData(nameof(HostCases))]
    public void Problem_HostConnectionRefused1022_StepsNameTheHostFromTheErrorTextElseTheVmsHost(string message, string? vmHost, string named)
    {
        var failure = CycleProblems.Failed("c-1", ApplianceKind.AzureMigrateVMware, new CycleError("1022", message), T0);

        var (_, delivery) = VmCycles.Problem(HealthyAzureMigrateVm() with { Host = vmHost }, failure, T0, "sig-1");

        var actions = delivery!.Signal.Alert!.RecommendedActions;
        actions.ShouldContain($"On the appliance, run `nslookup {named}` in PowerShell and check that the address resolves.");
        actions.ShouldContain(a => a.StartsWith($"On the appliance, run `Test-NetConnection {named} -Port 902`", StringComparison.Ordinal));
    }

    private static CycleProblem UploadTimedOut() => new("c-1", CatalogCodes.DiskUploadTimedOut, Stalled, 1011, null, [], [], false, T0);
}
