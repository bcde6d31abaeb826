using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Notifications;
using static ReplOrchestrator.TestUtilities.Notifications.TestAlerts;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Notifications;

public sealed class AlertLabelsTests
{
    [Fact]
    public void Of_VmAlert_TakesTheAlertsFieldsHostAndCatalogProduct() =>
        AlertLabels.Of(Fire(CatalogCodes.DiskUploadTimedOut, vmId: "vm-sql01"), "esx01.contoso.local").ShouldBe(
            new AlertLabels("Critical", "DiskUploadTimedOut", "AzureMigrate", "appl-01", "vm-sql01", "esx01.contoso.local", "firing"));

    [Fact]
    public void Of_ApplianceLevelAlert_HasEmptyVmAndHost()
    {
        var labels = AlertLabels.Of(Fire(CatalogCodes.ApplianceHeartbeatLost, vmId: null), null);

        (labels.VmId, labels.Host, labels.Product).ShouldBe(("", "", "Monitor"));
    }

    [Fact]
    public void Of_ResolvedHyperVAlertWithEffectiveSeverity_SaysSo()
    {
        var alert = Resolve(Fire(CatalogCodes.HyperVReplicationSuspended, severity: AlertSeverity.Warning), Epoch.AddHours(1));

        var labels = AlertLabels.Of(alert, "hv01", AlertSeverity.Critical);

        (labels.Severity, labels.Product, labels.Status).ShouldBe(("Critical", "HyperVReplica", "resolved"));
    }

    [Fact]
    public void Get_EveryKnownLabel_AndEmptyForOthers()
    {
        var labels = Labels();

        NotificationLabels.All.Select(labels.Get).ShouldBe(["Critical", "DiskUploadTimedOut", "AzureMigrate", "appl-01", "vm-01", "esx01.contoso.local", "firing"]);
        labels.Get("cluster").ShouldBe("");
    }
}
