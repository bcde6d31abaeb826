using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using ReplOrchestrator.Domain.Catalog.Entries;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>
/// Every known error, event, situation and condition, built from Microsoft's troubleshooting articles
/// for Azure Migrate agentless VMware replication and Hyper-V Replica, plus the monitor's own conditions.
/// </summary>
/// <remarks>
/// Entries are immutable and declared in a fixed order, which is also the order messages are matched
/// in: specific messages come before the "An internal error occurred" catch-all.
/// </remarks>
public static class ErrorCatalog
{
    private static readonly FrozenDictionary<string, CatalogEntry> s_byCode;

    static ErrorCatalog()
    {
        Entries =
        [
            .. AzureMigrateTimeoutEntries.All(),
            .. AzureConfigurationEntries.All(),
            .. SourceVmEntries.All(),
            .. VMwareInternalErrorEntries.All(),
            .. HyperVReplicaEntries.All(),
            .. MonitorEntries.All(),
        ];
        s_byCode = Entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);
        Unclassified = s_byCode[CatalogCodes.Unclassified];
    }

    /// <summary>Every entry, in catalog order.</summary>
    public static IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>The entry for input the catalog does not know; alerts built from it keep the raw text.</summary>
    public static CatalogEntry Unclassified { get; }

    /// <summary>The entry with <paramref name="code"/> (ordinal, case-sensitive), if any.</summary>
    public static bool TryGet(string code, [NotNullWhen(true)] out CatalogEntry? entry) => s_byCode.TryGetValue(code, out entry);

    /// <summary>The entry with <paramref name="code"/>; use the <see cref="CatalogCodes"/> constants.</summary>
    /// <exception cref="KeyNotFoundException">No entry has that code.</exception>
    public static CatalogEntry Get(string code) =>
        TryGet(code, out var entry) ? entry : throw new KeyNotFoundException($"The catalog has no entry '{code}'.");
}
