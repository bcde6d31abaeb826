using System.Globalization;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>The catalog entry an error report belongs to, with what decided it and the raw input kept.</summary>
/// <param name="Entry">The entry; <see cref="ErrorCatalog.Unclassified"/> when nothing matched.</param>
/// <param name="MatchedBy">What decided it.</param>
/// <param name="Report">The raw input, kept for the alert.</param>
/// <param name="Detail">
/// A detail pulled out of the message: the inner VMware message of "An internal error occurred. [...]"
/// or the Key Vault operation; null when the message has none.
/// </param>
public sealed record Classification(CatalogEntry Entry, MatchBasis MatchedBy, ErrorReport Report, string? Detail)
{
    /// <summary>Whether a catalog entry other than <see cref="ErrorCatalog.Unclassified"/> matched.</summary>
    public bool IsClassified => MatchedBy != MatchBasis.None;

    /// <summary>
    /// The Microsoft numeric id for the alert's <c>errorId</c>: the number the product reported (code or
    /// event id), else the entry's current id, else null.
    /// </summary>
    public int? ErrorId =>
        int.TryParse(Report.Code, NumberStyles.None, CultureInfo.InvariantCulture, out var reported) ? reported
        : Report.EventId ?? (Entry.Ids.Count > 0 ? Entry.Ids[0] : null);

    /// <summary>
    /// The vSphere host the message names (1022: "unable to connect to the vSphere host 'esx01.contoso.local'"),
    /// a DNS name or IP address; null when it names none.
    /// </summary>
    public string? HostName => MessageText.VSphereHost(Report.Message);
}
