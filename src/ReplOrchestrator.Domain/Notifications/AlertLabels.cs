using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// The label values of one alert as routes see them (see <see cref="NotificationLabels"/>). A missing value is
/// the empty string, as in Alertmanager: <c>vmId=</c> matches appliance-level alerts.
/// </summary>
/// <param name="Severity">The effective severity (after escalation).</param>
/// <param name="Code">The catalog code.</param>
/// <param name="Product">The catalog entry's product; empty for a code the catalog does not know.</param>
/// <param name="ApplianceId">The appliance id.</param>
/// <param name="VmId">The VM id, or empty.</param>
/// <param name="Host">The VM's host, or empty.</param>
/// <param name="Status"><c>firing</c> or <c>resolved</c>.</param>
public sealed record AlertLabels(string Severity, string Code, string Product, string ApplianceId, string VmId, string Host, string Status)
{
    /// <summary>The labels of <paramref name="alert"/>, whose VM runs on <paramref name="host"/>.</summary>
    /// <param name="alert">A <c>repl-alert/v1</c> alert.</param>
    /// <param name="host">The VM's host as last reported, or null when unknown.</param>
    /// <param name="severity">The effective severity when escalation changed it (see <see cref="SeverityEscalation"/>); null for the alert's own.</param>
    public static AlertLabels Of(Alert alert, string? host, AlertSeverity? severity = null)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new AlertLabels(
            (severity ?? alert.Severity).ToString(),
            alert.Code,
            ErrorCatalog.TryGet(alert.Code, out var entry) ? entry.Product.ToString() : string.Empty,
            alert.ApplianceId,
            alert.VmId ?? string.Empty,
            host ?? string.Empty,
            alert.Status == AlertStatus.Resolved ? "resolved" : "firing");
    }

    /// <summary>The value of <paramref name="label"/>; empty for a label that is not one of <see cref="NotificationLabels.All"/>.</summary>
    public string Get(string label) => label switch
    {
        NotificationLabels.Severity => Severity,
        NotificationLabels.Code => Code,
        NotificationLabels.Product => Product,
        NotificationLabels.ApplianceId => ApplianceId,
        NotificationLabels.VmId => VmId,
        NotificationLabels.Host => Host,
        NotificationLabels.Status => Status,
        _ => string.Empty,
    };
}
