using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.TestUtilities.Notifications;

/// <summary>Alerts and label sets the notification tests route and render.</summary>
public static class TestAlerts
{
    /// <summary>When the sample alerts fire; card texts name it, so tests compare against it.</summary>
    public static DateTimeOffset FiredAt { get; } = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    public static Alert Fire(string code, string applianceId = "appl-01", string? vmId = "vm-01", AlertSeverity? severity = null, DateTimeOffset? at = null) =>
        AlertBuilder.Fire(ErrorCatalog.Get(code), new AlertContext { ApplianceId = applianceId, VmId = vmId, Severity = severity }, [], [], at ?? FiredAt);

    public static Alert Resolve(Alert alert, DateTimeOffset at) => AlertBuilder.Resolve(alert, at);

    public static AlertLabels Labels(
        string severity = "Critical", string code = CatalogCodes.DiskUploadTimedOut, string product = "AzureMigrate",
        string applianceId = "appl-01", string vmId = "vm-01", string host = "esx01.contoso.local", string status = "firing") =>
        new(severity, code, product, applianceId, vmId, host, status);
}
