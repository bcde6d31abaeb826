using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Domain.Health;
using Spectre.Console;

namespace ReplOrchestrator.Local.Cli;

/// <summary>The fleet as a table: one row per VM, grouped by appliance.</summary>
internal static class FleetTable
{
    public static Table Of(FleetView fleet)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("Appliance", "Connection", "VM", "Health", "Replication", "Cycle", "Last good cycle", "Alerts");
        foreach (var appliance in fleet.Appliances.OrderBy(a => a.ApplianceId, StringComparer.Ordinal))
        {
            var connection = appliance.Connection.ToString() + (appliance.OpenAlerts.Count > 0 ? $" ({string.Join(", ", appliance.OpenAlerts)})" : string.Empty);
            if (appliance.Vms.Count == 0)
            {
                table.AddRow(Markup.Escape(appliance.ApplianceId), Markup.Escape(connection), "-", "-", "-", "-", "-", "-");
            }

            foreach (var vm in appliance.Vms)
            {
                table.AddRow(
                    Markup.Escape(appliance.ApplianceId),
                    Markup.Escape(connection),
                    Markup.Escape(vm.Name ?? vm.VmId),
                    Health(vm.Health),
                    vm.ReplicationState?.ToString() ?? "-",
                    vm.CurrentCycle is { } cycle ? Markup.Escape($"{cycle.CycleId} {cycle.Phase} {cycle.ProgressPercent:0}%") : "-",
                    vm.LastSuccessfulCycleAt?.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "-",
                    vm.OpenAlerts == 0 ? "0" : $"[red]{vm.OpenAlerts}[/]");
            }
        }

        return table;
    }

    /// <summary>A health level as coloured markup.</summary>
    public static string Health(HealthLevel level) => level switch
    {
        HealthLevel.Critical => "[red]Critical[/]",
        HealthLevel.Warning => "[yellow]Warning[/]",
        _ => "[green]Normal[/]",
    };
}
