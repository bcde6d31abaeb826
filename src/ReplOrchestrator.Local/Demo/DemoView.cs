using System.Globalization;
using System.Net.Http.Json;
using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Local.Cli;
using ReplOrchestrator.Local.Simulation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReplOrchestrator.Local.Demo;

/// <summary>
/// What the demo shows while it runs: on a terminal, a live table of every VM (what the appliance does,
/// what the server concluded) above the latest alerts; redirected, one line per alert as it is published.
/// </summary>
internal sealed class DemoView(TextWriter output, HttpClient api, FleetRunner runner, AlertTally tally)
{
    private readonly IAnsiConsole _console = CliConsole.For(output);
    private readonly Hosting.AlertLines _lines = new();

    public bool IsLive => _console.Profile.Capabilities.Interactive;

    /// <summary>Refreshes until <paramref name="run"/> ends.</summary>
    public async Task ShowAsync(Task run, CancellationToken cancellationToken)
    {
        if (!IsLive)
        {
            await run.ConfigureAwait(false);
            return;
        }

        await _console.Live(new Text("starting…")).StartAsync(async context =>
        {
            while (!run.IsCompleted)
            {
                context.UpdateTarget(await RenderAsync(cancellationToken).ConfigureAwait(false));
                context.Refresh();
                await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken)).ConfigureAwait(false);
            }

            context.UpdateTarget(await RenderAsync(cancellationToken).ConfigureAwait(false));
        }).ConfigureAwait(false);
    }

    /// <summary>One line per published alert, for redirected output.</summary>
    public Task PrintAsync(Alert alert) => IsLive ? Task.CompletedTask : output.WriteLineAsync(_lines.Next(alert));

    private async Task<IRenderable> RenderAsync(CancellationToken cancellationToken)
    {
        var health = await HealthByVmAsync(cancellationToken).ConfigureAwait(false);
        var vms = new Table().Border(TableBorder.Rounded).Title("[bold]Replication[/] (left: what the appliances do; right: what ReplOrchestrator concluded)")
            .AddColumns("Appliance", "VM", "Scenario", "State", "Cycle", "Health", "Alerts");
        foreach (var vm in runner.Snapshot().OrderBy(v => v.ApplianceId, StringComparer.Ordinal).ThenBy(v => v.VmId, StringComparer.Ordinal))
        {
            var seen = health.GetValueOrDefault((vm.ApplianceId, vm.VmId));
            vms.AddRow(
                Markup.Escape(vm.ApplianceId) + (vm.ApplianceSilent ? " [grey](silent)[/]" : string.Empty),
                Markup.Escape(vm.Name),
                Markup.Escape(vm.Scenario),
                vm.State.ToString(),
                Markup.Escape(Cycle(vm)),
                seen is null ? "[grey]-[/]" : Health(seen.Health),
                seen is null || seen.OpenAlerts == 0 ? "0" : $"[red]{seen.OpenAlerts}[/]");
        }

        var alerts = new Table().Border(TableBorder.Simple).Title("[bold]Alerts published[/]").AddColumns("Time", "Status", "Severity", "Alert", "Summary");
        foreach (var alert in tally.Recent(8))
        {
            alerts.AddRow(
                alert.LastSeen.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                alert.Status == AlertStatus.Firing ? "[red]firing[/]" : "[green]resolved[/]",
                alert.Severity.ToString(),
                Markup.Escape(alert.DedupKey),
                Markup.Escape(alert.Summary.Length > 90 ? alert.Summary[..90] + "…" : alert.Summary));
        }

        return new Rows(vms, alerts);
    }

    private async Task<Dictionary<(string, string), VmSummaryView>> HealthByVmAsync(CancellationToken cancellationToken)
    {
        try
        {
            var fleet = await api.GetFromJsonAsync<FleetView>("api/fleet", ContractJson.Options, cancellationToken).ConfigureAwait(false);
            return (fleet?.Appliances ?? []).SelectMany(a => a.Vms.Select(v => (a.ApplianceId, v))).ToDictionary(x => (x.ApplianceId, x.v.VmId), x => x.v);
        }
        catch (HttpRequestException)
        {
            return [];
        }
    }

    private static string Cycle(VmSnapshot vm) =>
        vm.Cycle is not { } cycle ? "-" : vm.UploadPercent is { } percent && cycle.Phase == Domain.Cycles.CyclePhase.Upload
            ? $"{cycle.CycleId} Upload {percent}%"
            : $"{cycle.CycleId} {cycle.Phase}";

    private static string Health(HealthLevel level) => level switch
    {
        HealthLevel.Critical => "[red]Critical[/]",
        HealthLevel.Warning => "[yellow]Warning[/]",
        _ => "[green]Normal[/]",
    };
}
