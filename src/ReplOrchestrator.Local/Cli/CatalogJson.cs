using System.Text.Encodings.Web;
using System.Text.Json;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Local.Cli;

/// <summary>The JSON form of the catalog that <c>catalog --json</c> prints.</summary>
internal static class CatalogJson
{
    // Printed for people and pipes, never embedded in HTML: keep quotes and apostrophes readable.
    private static readonly JsonSerializerOptions s_options = new(ContractJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(IEnumerable<CatalogEntry> entries, TextWriter output, CancellationToken cancellationToken)
    {
        var documents = entries.Select(ToDocument).ToList();
        await output.WriteLineAsync(JsonSerializer.Serialize(documents, s_options).AsMemory(), cancellationToken).ConfigureAwait(false);
    }

    private static EntryDocument ToDocument(CatalogEntry entry) => new(
        entry.Code,
        entry.Ids,
        entry.Product,
        entry.Kind,
        entry.Severity,
        entry.Title,
        entry.Summary,
        [.. entry.Causes.Select(c => new CauseDocument(c.Id, c.Description, [.. c.Probes.Select(p => p.Probe)]))],
        [.. entry.Actions.Select(a => a.Text)],
        ProbePlan.For(entry).Probes,
        entry.Links);

    private sealed record EntryDocument(
        string Code,
        IReadOnlyList<int> Ids,
        Product Product,
        EntryKind Kind,
        Domain.Alerts.AlertSeverity Severity,
        string Title,
        string Summary,
        IReadOnlyList<CauseDocument> Causes,
        IReadOnlyList<string> Actions,
        IReadOnlyList<ProbeKind> Probes,
        IReadOnlyList<DocLink> Links);

    private sealed record CauseDocument(string Id, string Cause, IReadOnlyList<ProbeKind> Probes);
}
