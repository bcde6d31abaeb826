using System.Net.Http.Json;
using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Local.Cli;
using ReplOrchestrator.Local.Simulation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReplOrchestrator.Local.Demo;

/// <summary>
/// What the demo shows while it runs: on a terminal, a live table of every VM (what the appliance or vault shows,
/// what the server concluded) above the latest alerts; redirected, one line per alert as it is published.
/// </summary>
/// <param name="output">Where it shows.</param>
/// <param name="api">The host's API, for what the server concluded.</param>
/// <param name="vms">Every VM as the demo plays it now.</param>
/// <param name="tally">The alerts published so far.</param>
internal sealed class DemoView(TextWriter output, HttpClient api, Func<IReadOnlyList<VmSnapshot>> vms, AlertTally tally)
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

    /// <summary>One line per notification a demo receiver got, for redirected output.</summary>
    public Task PrintAsync(ReceivedNotification notification) =>
        IsLive ? Task.CompletedTask : output.WriteLineAsync($"  told  {notification.Channel,-5} {notification.Title}");

    /// <summary>One line about the demo's agents, for redirected output; the live table leaves them to the alerts below it.</summary>
    public Task NoteAsync(string line) => IsLive ? Task.CompletedTask : output.WriteLineAsync(line);

    private async Task<IRenderable> RenderAsync(CancellationToken cancellationToken) =>
        DemoBoard.Render(vms(), await HealthByVmAsync(cancellationToken).ConfigureAwait(false), tally.Recent(DemoBoard.MostAlerts), RenderOptions.Create(_console));

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
}
