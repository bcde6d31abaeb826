using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Vms;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Vms;

public sealed class VmAlertsTests
{
    [Fact]
    public void Fire_Alert_GoesToItsKeysLifecycleWithTheVmsHost()
    {
        var alert = Alert(CatalogCodes.ReplicationInError, T0);

        var delivery = VmAlerts.Fire(HealthyHyperVVm() with { Host = "hv01.contoso.local" }, alert, "sig-1", T0);

        delivery.ShouldBe(new AlertDelivery(AlertKey.Create(ApplianceId, VmId, CatalogCodes.ReplicationInError), AlertSignal.Fire(alert, "sig-1", T0, "hv01.contoso.local")));
    }

    [Fact]
    public void Resolve_Code_GoesToTheVmsKeyForThatCode() =>
        VmAlerts.Resolve(HealthyHyperVVm(), CatalogCodes.RpoExceeded, "why", "sig-2", T0)
            .ShouldBe(new AlertDelivery(AlertKey.Create(ApplianceId, VmId, CatalogCodes.RpoExceeded), AlertSignal.Resolve("sig-2", T0, "why")));

    [Fact]
    public void Upsert_NewCode_OpensItNowAfterTheOthers()
    {
        IReadOnlyList<OpenCondition> open = [Open(CatalogCodes.RpoExceeded, T0.AddHours(-1))];

        var next = VmAlerts.Upsert(open, CatalogCodes.ReplicationInError, AlertSeverity.Critical, T0, c => c with { LastEventAt = T0 });

        next.ShouldBe([open[0], Open(CatalogCodes.ReplicationInError, T0, AlertSeverity.Critical) with { LastEventAt = T0 }]);
    }

    [Fact]
    public void Upsert_OpenCode_KeepsWhenItOpenedAndTakesTheNewSeverity()
    {
        var rpo = Open(CatalogCodes.RpoExceeded, T0.AddHours(-1));
        var upload = Open(CatalogCodes.DiskUploadTimedOut, T0.AddHours(-2), AlertSeverity.Critical) with { FromCycle = true, CycleId = "c-1" };

        var next = VmAlerts.Upsert([upload, rpo], CatalogCodes.DiskUploadTimedOut, AlertSeverity.Warning, T0, c => c with { CycleId = "c-2" });

        next.ShouldBe([rpo, upload with { Severity = AlertSeverity.Warning, CycleId = "c-2" }]);
    }
}
