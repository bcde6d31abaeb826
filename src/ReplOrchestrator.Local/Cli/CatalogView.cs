using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Probes;
using Spectre.Console;

namespace ReplOrchestrator.Local.Cli;

/// <summary>The catalog as people read it in a terminal.</summary>
internal static class CatalogView
{
    public static void WriteTable(IEnumerable<CatalogEntry> entries, TextWriter output)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Code").AddColumn("Ids").AddColumn("Product").AddColumn("Severity").AddColumn("Title");
        foreach (var entry in entries)
        {
            table.AddRow(
                new Text(entry.Code),
                new Text(string.Join(", ", entry.Ids)),
                new Text(entry.Product.ToString()),
                new Markup(SeverityMarkup(entry.Severity)),
                new Text(entry.Title));
        }

        var console = CliConsole.For(output);
        console.Write(table);
        console.WriteLine($"{table.Rows.Count} entries. Details: catalog --code <Code>; machine-readable: catalog --json");
    }

    public static void WriteEntry(CatalogEntry entry, TextWriter output)
    {
        var console = CliConsole.For(output);
        var ids = entry.Ids.Count > 0 ? $" ({string.Join(", ", entry.Ids)})" : "";
        console.MarkupLine($"[bold]{Markup.Escape(entry.Code)}[/]{ids} {SeverityMarkup(entry.Severity)} {Markup.Escape(entry.Product.ToString())}");
        console.WriteLine(entry.Title);
        console.WriteLine();
        console.WriteLine(entry.Summary);

        console.WriteLine();
        console.MarkupLine("[bold]Probable causes[/]");
        foreach (var cause in entry.Causes)
        {
            var probes = cause.Probes.Count > 0 ? $" [probes: {string.Join(", ", cause.Probes.Select(p => p.Probe))}]" : "";
            console.WriteLine($"  - {cause.Description}{probes}");
        }

        console.WriteLine();
        console.MarkupLine("[bold]Recommended actions[/]");
        foreach (var (action, number) in entry.Actions.Select((a, i) => (a, i + 1)))
        {
            console.WriteLine($"  {number}. {action.Text}");
        }

        var plan = ProbePlan.For(entry);
        if (!plan.IsEmpty)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Probe plan[/]");
            console.WriteLine("  " + string.Join(" → ", plan.Probes));
        }

        console.WriteLine();
        console.MarkupLine("[bold]Links[/]");
        foreach (var link in entry.Links)
        {
            console.WriteLine($"  {link.Title}: {link.Url}");
        }
    }

    private static string SeverityMarkup(Domain.Alerts.AlertSeverity severity) => severity switch
    {
        Domain.Alerts.AlertSeverity.Critical => "[red]Critical[/]",
        Domain.Alerts.AlertSeverity.Warning => "[yellow]Warning[/]",
        _ => "[blue]Info[/]",
    };
}
