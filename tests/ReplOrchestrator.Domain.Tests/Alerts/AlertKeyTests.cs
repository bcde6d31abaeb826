using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Tests.Alerts;

public sealed class AlertKeyTests
{
    private static readonly AlertKey s_vmKey = AlertKey.Create("appl-contoso-01", "vm-sql01", "DiskUploadTimedOut");
    private static readonly AlertKey s_applianceKey = AlertKey.Create("appl-contoso-01", null, "ApplianceHeartbeatLost");

    [Fact]
    public void ToString_IsTheDedupKeyOfTheDesign()
    {
        s_vmKey.ToString().ShouldBe("appl-contoso-01/vm-sql01/DiskUploadTimedOut");
        s_applianceKey.ToString().ShouldBe("appl-contoso-01/ApplianceHeartbeatLost");
    }

    [Fact]
    public void ToInstanceId_HasNoSlash()
    {
        s_vmKey.ToInstanceId().ShouldBe("alert:appl-contoso-01:vm-sql01:DiskUploadTimedOut");
        s_applianceKey.ToInstanceId().ShouldBe("alert:appl-contoso-01:ApplianceHeartbeatLost");
    }

    [Fact]
    public void BothTextForms_ReadBackToTheSameKey()
    {
        foreach (var key in new[] { s_vmKey, s_applianceKey })
        {
            AlertKey.TryParse(key.ToString(), out var fromDedup).ShouldBeTrue();
            AlertKey.TryParseInstanceId(key.ToInstanceId(), out var fromInstance).ShouldBeTrue();
            fromDedup.ShouldBe(key);
            fromInstance.ShouldBe(key);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("appl")]
    [InlineData("a/b/c/d")]
    [InlineData("a//Code")]
    [InlineData("a/b/Not-A-Code")]
    [InlineData("a b/Code")]
    public void TryParse_NotADedupKey_IsFalse(string? text) => AlertKey.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("appl-contoso-01:ApplianceHeartbeatLost")]
    [InlineData("vm:appl:vm1")]
    [InlineData("alert:a:b:c:Code")]
    public void TryParseInstanceId_NotAnAlertInstance_IsFalse(string text) => AlertKey.TryParseInstanceId(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("appl:1", "vm", "Code")]
    [InlineData("appl", "vm/1", "Code")]
    [InlineData("appl", "vm", "Code/Other")]
    [InlineData("appl", "vm", "")]
    public void Create_UnsafePart_Throws(string applianceId, string vmId, string code) =>
        Should.Throw<ArgumentException>(() => AlertKey.Create(applianceId, vmId, code));
}
