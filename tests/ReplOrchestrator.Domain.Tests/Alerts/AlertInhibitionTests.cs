using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Domain.Tests.Alerts;

public sealed class AlertInhibitionTests
{
    private static readonly AlertKey s_lost = AlertKey.Create("appl-01", null, CatalogCodes.ApplianceHeartbeatLost);
    private static readonly AlertKey s_vmUpload = AlertKey.Create("appl-01", "vm-1", CatalogCodes.DiskUploadTimedOut);

    [Theory]
    [InlineData(CatalogCodes.ApplianceHeartbeatLost)]
    [InlineData(CatalogCodes.GatewayServiceStopped)]
    [InlineData(CatalogCodes.VmmsServiceStopped)]
    public void Inhibits_ApplianceOutage_MutesItsVmsAlerts(string code) =>
        AlertInhibition.Inhibits(s_lost with { Code = code }, s_vmUpload).ShouldBeTrue();

    [Fact]
    public void Inhibits_OtherApplianceOrApplianceLevelTarget_IsFalse()
    {
        AlertInhibition.Inhibits(s_lost, s_vmUpload with { ApplianceId = "appl-02" }).ShouldBeFalse();
        AlertInhibition.Inhibits(s_lost, s_lost with { Code = CatalogCodes.GatewayServiceStopped }).ShouldBeFalse();
        AlertInhibition.Inhibits(s_lost, s_lost).ShouldBeFalse();
    }

    [Fact]
    public void Inhibits_SourceThatDoesNotExplainAnOutage_IsFalse() =>
        AlertInhibition.Inhibits(s_lost with { Code = CatalogCodes.DiskUploadTimedOut }, s_vmUpload).ShouldBeFalse();

    [Fact]
    public void CountCovered_CountsTheApplianceVmAlerts()
    {
        var firing = new[] { s_lost, s_vmUpload, s_vmUpload with { VmId = "vm-2" }, s_vmUpload with { ApplianceId = "appl-02" } };

        AlertInhibition.CountCovered(s_lost, firing).ShouldBe(2);
        AlertInhibition.IsInhibited(s_vmUpload, firing).ShouldBeTrue();
        AlertInhibition.IsInhibited(s_vmUpload with { ApplianceId = "appl-02" }, firing).ShouldBeFalse();
    }
}
