using System.Globalization;
using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Local.Cli;
using ReplOrchestrator.Local.Simulation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReplOrchestrator.Local.Demo;

/// <summary>
/// The demo's live screen: every VM (what the appliance does, what the server concluded) above as many of
/// the latest alerts as the terminal has room for. A live view taller than the terminal loses its top, and
/// the top is the fleet, so alerts take one line each and give way first.
/// </summary>
internal static class DemoBoard
{
    public const int MostAlerts = 8;
    private const int FewestAlerts = 1;

    // Below this width the full fleet table wraps every row and no longer fits a 24-line terminal.
    private const int CompactBelowWidth = 110;

    private const int RoomForSummaryAndCause = 60;

    public static IRenderable Render(
        IReadOnlyList<VmSnapshot> vms,
        IReadOnlyDictionary<(string ApplianceId, string VmId), VmSummaryView> health,
        IReadOnlyList<PublishedAlert> recent,
        RenderOptions options)
    {
        var compact = options.ConsoleSize.Width < CompactBelowWidth;
        var fleet = Fleet(vms, health, compact);
        var names = vms.ToDictionary(v => (v.ApplianceId, v.VmId), v => v.Name);
        var room = options.ConsoleSize.Height - Lines(fleet, options);
        for (var count = Math.Min(MostAlerts, recent.Count); ; count--)
        {
            var alerts = Alerts(recent.TakeLast(count), names, options.ConsoleSize.Width, compact);
            if (count <= FewestAlerts || Lines(alerts, options) <= room)
            {
                return new Rows(fleet, alerts);
            }
        }
    }

    // Compact: appliance and VM in one column, no replication state or alert count (the alerts are right
    // below), and cells cut rather than wrapped, so fifteen VMs fit an 80 by 24 terminal.
    private static Table Fleet(IReadOnlyList<VmSnapshot> vms, IReadOnlyDictionary<(string, string), VmSummaryView> health, bool compact)
    {
        var table = new Table().Border(compact ? TableBorder.None : TableBorder.Rounded)
            .Title("[bold]Replication[/]: what the appliances or the vault show, what ReplOrchestrator concluded");
        if (compact)
        {
            table.AddColumn(new TableColumn("VM").Width(21).NoWrap()).AddColumn(new TableColumn("Scenario").Width(21).NoWrap())
                .AddColumn(new TableColumn("Cycle").Width(18).NoWrap()).AddColumn(new TableColumn("Health").Width(8).NoWrap());
        }
        else
        {
            table.AddColumns("Appliance", "VM", "Scenario", "State", "Cycle", "Health", "Alerts");
        }

        foreach (var vm in vms.OrderBy(v => v.ApplianceId, StringComparer.Ordinal).ThenBy(v => v.VmId, StringComparer.Ordinal))
        {
            var seen = health.GetValueOrDefault((vm.ApplianceId, vm.VmId));
            var verdict = seen is null ? "[grey]-[/]" : FleetTable.Health(seen.Health);
            if (compact)
            {
                table.AddRow(
                    Markup.Escape(Cut($"{vm.ApplianceId}/{vm.Name}", 21)),
                    Markup.Escape(Cut(vm.Scenario, 21)),
                    Markup.Escape(Cut(Cycle(vm), 18)),
                    verdict);
                continue;
            }

            table.AddRow(
                Markup.Escape(vm.ApplianceId) + (vm.ApplianceSilent ? " [grey](silent)[/]" : string.Empty),
                Markup.Escape(vm.Name),
                Markup.Escape(vm.Scenario),
                vm.State.ToString(),
                Markup.Escape(Cycle(vm)),
                verdict,
                seen is null || seen.OpenAlerts == 0 ? "0" : $"[red]{seen.OpenAlerts}[/]");
        }

        return table;
    }

    // Fixed columns and a summary cut to what is left of the width, so no alert wraps onto a second line.
    // A simple border pads each column by a space on both sides and separates columns by one more; no border, by one space.
    private static Table Alerts(IEnumerable<PublishedAlert> recent, IReadOnlyDictionary<(string, string), string> names, int width, bool compact)
    {
        const int TimeWidth = 8, ChangeWidth = 8, SeverityWidth = 8;
        var columnChrome = compact ? 2 : 3;
        var keyWidth = compact ? 30 : 38;
        var fixedWidth = TimeWidth + ChangeWidth + keyWidth + (compact ? 0 : SeverityWidth);
        var columns = compact ? 4 : 5;
        var summaryWidth = Math.Max(10, width - fixedWidth - (columnChrome * (columns + 1)));
        var table = (compact ? new Table().Border(TableBorder.None) : new Table().Border(TableBorder.Simple).Title("[bold]Alerts published[/]"))
            .AddColumn(new TableColumn("Time").Width(TimeWidth).NoWrap())
            .AddColumn(new TableColumn("Status").Width(ChangeWidth).NoWrap());
        if (!compact)
        {
            table.AddColumn(new TableColumn("Severity").Width(SeverityWidth).NoWrap());
        }

        table.AddColumn(new TableColumn("Alert").Width(keyWidth).NoWrap()).AddColumn(new TableColumn("Summary").Width(summaryWidth).NoWrap());
        foreach (var published in recent)
        {
            var alert = published.Alert;
            List<string> cells =
            [
                alert.LastSeen.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                published.Change switch { "resolved" => "[green]resolved[/]", "updated" => "[yellow]updated[/]", _ => "[red]firing[/]" },
                Markup.Escape(Cut($"{Subject(alert, names)} {alert.Code}", keyWidth)),
                Markup.Escape(Summary(alert, summaryWidth)),
            ];
            if (!compact)
            {
                cells.Insert(2, alert.Severity.ToString());
            }

            table.AddRow([.. cells]);
        }

        return table;
    }

    // What happened, then why: a long summary gives up its tail so the leading cause stays on the line,
    // and where there is no room for both, the cause alone says more than half a summary.
    private static string Summary(Alert alert, int width)
    {
        if (alert.LeadingCause is not { } top)
        {
            return Cut(alert.Summary, width);
        }

        var cause = $"{top.Confidence.ToString().ToLowerInvariant()}: {top.Cause}";
        return width < RoomForSummaryAndCause ? Cut(cause, width) : Cut($"{Cut(alert.Summary, width / 2)} ({cause})", width);
    }

    // Hyper-V names VMs by GUID; the fleet knows what people call them.
    private static string Subject(Alert alert, IReadOnlyDictionary<(string, string), string> names) =>
        alert.VmId is null ? alert.ApplianceId : names.GetValueOrDefault((alert.ApplianceId, alert.VmId), alert.VmId);

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static int Lines(IRenderable renderable, RenderOptions options) =>
        Segment.SplitLines(renderable.Render(options, options.ConsoleSize.Width)).Count;

    private static string Cycle(VmSnapshot vm) =>
        vm.Cycle is not { } cycle ? "-" : vm.UploadPercent is { } percent && cycle.Phase == Domain.Cycles.CyclePhase.Upload
            ? $"{cycle.CycleId} Upload {percent}%"
            : $"{cycle.CycleId} {cycle.Phase}";
}
