using FsCheck;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Cycles;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Workflows.Tests;

/// <summary>
/// What the pure-helper tests share: one clock origin, the documented default options, and small
/// builders for monitor states, cycles, events and alerts.
/// </summary>
internal static class Build
{
    public const string ApplianceId = "appl-contoso-01";
    public const string VmId = "vm-sql01";

    /// <summary>Every test's "now", unless it says otherwise.</summary>
    public static readonly DateTimeOffset T0 = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    /// <summary>The defaults, as documented on each options record.</summary>
    public static readonly WorkflowOptions Options = new();

    private static readonly Config s_properties = Config.QuickThrowOnFailure.WithMaxTest(300);

    /// <summary>A replicating VM, monitored for a day, whose last cycle succeeded at <paramref name="lastSuccess"/> (or never).</summary>
    public static VmMonitorState Vm(ApplianceKind kind, DateTimeOffset? lastSuccess, int? frequencySeconds = null) =>
        new(ApplianceId, VmId, kind)
        {
            State = ReplicationState.Replicating,
            FrequencySeconds = frequencySeconds ?? (kind == ApplianceKind.HyperVReplica ? 300 : null),
            MonitoredSince = T0.AddDays(-1),
            LastSuccessfulCycleAt = lastSuccess,
        };

    /// <summary>An Azure Migrate VM whose last cycle succeeded just now: nothing is wrong with it.</summary>
    public static VmMonitorState HealthyAzureMigrateVm() => Vm(ApplianceKind.AzureMigrateVMware, T0);

    /// <summary>A Hyper-V Replica VM (5-minute frequency) whose last cycle succeeded just now.</summary>
    public static VmMonitorState HealthyHyperVVm() => Vm(ApplianceKind.HyperVReplica, T0);

    public static CycleRecord Cycle(string id, CycleOutcome outcome, DateTimeOffset at) =>
        new(id, outcome, CycleType.Delta, at.AddMinutes(-20), at, outcome == CycleOutcome.Failed ? "1011" : null, []);

    public static CycleRecord Missed(DateTimeOffset at) => new(null, CycleOutcome.Missed, null, null, at, null, []);

    public static CycleResult Result(string id, CycleRunOutcome outcome, DateTimeOffset startedAt, DateTimeOffset endedAt, CycleType type = CycleType.Delta) =>
        new(id, type, outcome, startedAt, endedAt, [], outcome == CycleRunOutcome.Failed ? "1011" : null, []);

    public static CycleReport Running(string id, DateTimeOffset startedAt) => new(id, CycleType.Delta, CyclePhase.Upload, startedAt, [], null);

    public static ReplicationEvent Event(int eventId, DateTimeOffset at, ReplicationEventLevel level = ReplicationEventLevel.Error) =>
        new(eventId, "Microsoft-Windows-Hyper-V-VMMS", level, VmId, at, $"event {eventId}");

    public static OpenCondition Open(string code, DateTimeOffset since, AlertSeverity severity = AlertSeverity.Warning) => new(code, since, severity);

    /// <summary>A firing alert of <paramref name="code"/> for the VM, first seen at <paramref name="at"/>.</summary>
    public static Alert Alert(string code, DateTimeOffset at, AlertSeverity? severity = null) =>
        AlertBuilder.Fire(ErrorCatalog.Get(code), new AlertContext { ApplianceId = ApplianceId, VmId = VmId, Severity = severity }, [], [], at);

    /// <summary>Signal ids as an orchestration would hand them out: sig-1, sig-2, …</summary>
    public static Func<string> SignalIds()
    {
        var next = 0;
        return () => $"sig-{++next}";
    }

    /// <summary>Checks an FsCheck property inside a fact; a counterexample fails the test with FsCheck's report.</summary>
    public static void Verify(Property property) => Check.One(s_properties, property);
}
