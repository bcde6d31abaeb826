using System.Collections.Frozen;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>The catalog's lookups for one appliance kind: only that product's entries (and the monitor's) can match.</summary>
internal sealed class CatalogIndex
{
    private static readonly CatalogIndex s_any = new(null);
    private static readonly CatalogIndex s_azureMigrate = new(ApplianceKind.AzureMigrateVMware);
    private static readonly CatalogIndex s_hyperV = new(ApplianceKind.HyperVReplica);

    private CatalogIndex(ApplianceKind? kind)
    {
        var entries = ErrorCatalog.Entries.Where(e => Covers(kind, e.Product)).ToList();

        // First declaration wins: 181008 means DisposeArtefactsTimedOut unless the message says otherwise.
        EventIds = FirstById(entries.Where(e => e.Kind == EntryKind.Event));
        ErrorIds = FirstById(entries.Where(e => e.Kind is EntryKind.Error or EntryKind.Event));
        Names = entries
            .SelectMany(e => e.Names.Prepend(e.Code).Select(name => (name, e)))
            .DistinctBy(pair => pair.name, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(pair => pair.name, pair => pair.e, StringComparer.OrdinalIgnoreCase);
        Patterns = [.. entries.SelectMany(e => e.MessagePatterns.Select(p => (MessageText.Normalize(p), e)))];
    }

    public FrozenDictionary<int, CatalogEntry> EventIds { get; }

    public FrozenDictionary<int, CatalogEntry> ErrorIds { get; }

    public FrozenDictionary<string, CatalogEntry> Names { get; }

    /// <summary>Normalised message fragments in catalog order.</summary>
    public IReadOnlyList<(string Pattern, CatalogEntry Entry)> Patterns { get; }

    public static CatalogIndex For(ApplianceKind? kind) => kind switch
    {
        ApplianceKind.AzureMigrateVMware => s_azureMigrate,
        ApplianceKind.HyperVReplica => s_hyperV,
        _ => s_any,
    };

    private static bool Covers(ApplianceKind? kind, Product product) => kind switch
    {
        ApplianceKind.AzureMigrateVMware => product is Product.AzureMigrate or Product.Monitor,
        ApplianceKind.HyperVReplica => product is Product.HyperVReplica or Product.Monitor,
        _ => true,
    };

    private static FrozenDictionary<int, CatalogEntry> FirstById(IEnumerable<CatalogEntry> entries) => entries
        .SelectMany(e => e.Ids.Select(id => (id, e)))
        .DistinctBy(pair => pair.id)
        .ToFrozenDictionary(pair => pair.id, pair => pair.e);
}
