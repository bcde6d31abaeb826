using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Catalog.Entries;

/// <summary>
/// The one place entries are put together from their parts; ids, names and message patterns are added
/// with <c>with</c> where an entry has them.
/// </summary>
internal static class EntryFactory
{
    public static CatalogEntry Create(
        Product product, EntryKind kind, string code, AlertSeverity severity, string title, string summary,
        IReadOnlyList<ProbableCause> causes, IReadOnlyList<RecommendedAction> actions, IReadOnlyList<DocLink> links) => new()
    {
        Code = code,
        Product = product,
        Kind = kind,
        Severity = severity,
        Title = title,
        Summary = summary,
        Causes = causes,
        Actions = actions,
        Links = links,
    };
}
