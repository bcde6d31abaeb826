using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Appliances;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Formatting;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Alerts;

namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>The appliance's own alerts (pure): heartbeat lost, and its gateway or VMMS service stopped.</summary>
internal static class ApplianceAlerts
{
    public static AlertDelivery HeartbeatLost(
        ApplianceMonitorState state, DateTimeOffset now, WorkflowOptions options, string signalId, IReadOnlyList<CauseAssessment> causes, IReadOnlyList<ProbeResult> probes)
    {
        var last = state.LastHeartbeatAt is { } at ? $"last at {at:u}" : "none received yet";
        var summary = $"No heartbeat for {HumanText.Duration(options.Appliance.HeartbeatTimeout)} ({last}); "
            + $"the {state.Vms.Count} VM(s) it reports for are not monitored meanwhile and their alerts are held back.";
        var alert = AlertBuilder.Fire(ErrorCatalog.Get(CatalogCodes.ApplianceHeartbeatLost), Context(state, summary), causes, probes, now);
        return new AlertDelivery(alert.Key, AlertSignal.Fire(alert, signalId, now, null));
    }

    public static AlertDelivery HeartbeatBack(ApplianceMonitorState state, DateTimeOffset lostSince, DateTimeOffset now, WorkflowOptions options, string signalId)
    {
        var outage = now - lostSince;
        var reason = $"heartbeats resumed after {HumanText.Duration(outage)}"
            + (ApplianceLiveness.ResetsActiveCycles(outage, options.Appliance) ? "; cycles that were running restart from 0 % (outage over the documented 90 minutes)" : string.Empty);
        return new AlertDelivery(AlertKey.Create(state.ApplianceId, null, CatalogCodes.ApplianceHeartbeatLost), AlertSignal.Resolve(signalId, now, reason));
    }

    /// <summary>Fires or resolves the service alerts so they match the reported services; returns the open codes.</summary>
    public static IReadOnlyList<string> Services(ApplianceMonitorState state, ApplianceKind kind, DateTimeOffset now, Func<string> newSignalId, List<AlertDelivery> deliveries)
    {
        var stopped = state.Services
            .Select(service => (Service: service, Entry: ConditionClassifier.ForService(kind, service)))
            .Where(s => s.Entry is not null)
            .ToDictionary(s => s.Entry!.Code, s => s.Service, StringComparer.Ordinal);
        var serviceCodes = new[] { CatalogCodes.GatewayServiceStopped, CatalogCodes.VmmsServiceStopped, CatalogCodes.ArmVaultUnreadable };
        var open = state.OpenAlerts.ToList();
        foreach (var code in serviceCodes)
        {
            var isOpen = open.Contains(code);
            if (stopped.TryGetValue(code, out var service) && !isOpen)
            {
                var alert = AlertBuilder.Fire(ErrorCatalog.Get(code), Context(state, ServiceSummary(state, service)), [], [], now);
                deliveries.Add(new AlertDelivery(alert.Key, AlertSignal.Fire(alert, newSignalId(), now, null)));
                open.Add(code);
            }
            else if (!stopped.ContainsKey(code) && isOpen)
            {
                deliveries.Add(new AlertDelivery(AlertKey.Create(state.ApplianceId, null, code), AlertSignal.Resolve(newSignalId(), now, code == CatalogCodes.ArmVaultUnreadable ? "the vault can be read again" : "the service is running again")));
                open.Remove(code);
            }
        }

        return open;
    }

    private static string ServiceSummary(ApplianceMonitorState state, ServiceStatus service) => service.Name switch
    {
        // The ARM source names its appliance after the vault it reads (arm-{vault}).
        ServiceStatus.ArmVault when service.State == ServiceState.NotFound =>
            $"vault {VaultName(state.ApplianceId)} no longer exists (Azure Resource Manager answered 404): its VMs are not watched",
        ServiceStatus.ArmVault => $"cannot read vault {VaultName(state.ApplianceId)}: grant the app Reader on it",
        _ => $"the {service.Name} service is {service.State}",
    };

    private static string VaultName(string applianceId) => applianceId.StartsWith("arm-", StringComparison.Ordinal) ? applianceId[4..] : applianceId;

    private static AlertContext Context(ApplianceMonitorState state, string summary) => new() { ApplianceId = state.ApplianceId, Summary = summary };
}
