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
    /// <summary>The codes a silence past the heartbeat timeout may have raised (see <see cref="ApplianceLiveness.LostCode"/>).</summary>
    public static IReadOnlyList<string> LostCodes { get; } = [CatalogCodes.ApplianceHeartbeatLost, CatalogCodes.ArmVaultNotRead];

    public static AlertDelivery HeartbeatLost(
        ApplianceMonitorState state, DateTimeOffset now, WorkflowOptions options, string signalId, IReadOnlyList<CauseAssessment> causes, IReadOnlyList<ProbeResult> probes)
    {
        var code = ApplianceLiveness.LostCode(state.ApplianceId);
        var timeout = HumanText.Duration(options.Appliance.HeartbeatTimeout);
        var summary = code == CatalogCodes.ArmVaultNotRead
            ? $"Vault {VaultName(state.ApplianceId)} not read for {timeout} ({(state.LastHeartbeatAt is { } read ? $"last read at {read:u}" : "never read yet")}); "
                + $"the {state.Vms.Count} VM(s) in it are not watched meanwhile and their alerts are held back."
            : $"No heartbeat for {timeout} ({(state.LastHeartbeatAt is { } at ? $"last at {at:u}" : "none received yet")}); "
                + $"the {state.Vms.Count} VM(s) it reports for are not monitored meanwhile and their alerts are held back.";
        var alert = AlertBuilder.Fire(ErrorCatalog.Get(code), Context(state, summary), causes, probes, now);
        return new AlertDelivery(alert.Key, AlertSignal.Fire(alert, signalId, now, null));
    }

    public static AlertDelivery HeartbeatBack(ApplianceMonitorState state, DateTimeOffset lostSince, DateTimeOffset now, WorkflowOptions options, string signalId)
    {
        // The code that was raised, so a silence raised before a vault had its own code still resolves.
        var code = state.OpenAlerts.FirstOrDefault(LostCodes.Contains) ?? ApplianceLiveness.LostCode(state.ApplianceId);
        var outage = HumanText.Duration(now - lostSince);
        var reason = code == CatalogCodes.ArmVaultNotRead
            ? $"the vault is read again after {outage}"
            : $"heartbeats resumed after {outage}"
                + (ApplianceLiveness.ResetsActiveCycles(now - lostSince, options.Appliance) ? "; cycles that were running restart from 0 % (outage over the documented 90 minutes)" : string.Empty);
        return new AlertDelivery(AlertKey.Create(state.ApplianceId, null, code), AlertSignal.Resolve(signalId, now, reason));
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

    private static string VaultName(string applianceId) => ArmSourcedAppliances.Includes(applianceId) ? applianceId[ArmSourcedAppliances.Prefix.Length..] : applianceId;

    private static AlertContext Context(ApplianceMonitorState state, string summary) => new() { ApplianceId = state.ApplianceId, Summary = summary };
}
