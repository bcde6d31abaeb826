using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Workflows.Alerts;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>Builds the fire and resolve deliveries of a VM's alerts.</summary>
internal static class VmAlerts
{
    public static AlertDelivery Fire(VmMonitorState state, Alert alert, string signalId, DateTimeOffset at) =>
        new(alert.Key, AlertSignal.Fire(alert, signalId, at, state.Host));

    public static AlertDelivery Resolve(VmMonitorState state, string code, string reason, string signalId, DateTimeOffset at) =>
        new(AlertKey.Create(state.ApplianceId, state.VmId, code), AlertSignal.Resolve(signalId, at, reason));

    public static AlertContext Context(VmMonitorState state, string? summary = null, AlertSeverity? severity = null, string? cycleId = null, int? errorId = null) => new()
    {
        ApplianceId = state.ApplianceId,
        VmId = state.VmId,
        CycleId = cycleId,
        Summary = summary,
        Severity = severity,
        ErrorId = errorId,
    };

    /// <summary>Opens the condition, or refreshes it, with what <paramref name="update"/> says keeps it open.</summary>
    public static IReadOnlyList<OpenCondition> Upsert(
        IReadOnlyList<OpenCondition> open, string code, AlertSeverity severity, DateTimeOffset at, Func<OpenCondition, OpenCondition> update)
    {
        var existing = open.FirstOrDefault(c => c.Code == code);
        var updated = update((existing ?? new OpenCondition(code, at, severity)) with { Severity = severity });
        return [.. open.Where(c => c.Code != code), updated];
    }
}
