using ReplOrchestrator.Domain.Alerts;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Alerts;

public sealed class AlertOptionsTests
{
    [Fact]
    public void Defaults_AreAlertmanagersAndValid()
    {
        var options = new AlertOptions();

        (options.GroupWait, options.RepeatInterval).ShouldBe((TimeSpan.FromSeconds(30), TimeSpan.FromHours(4)));
        options.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void ShouldRepeat_FromTheRepeatIntervalOn()
    {
        var options = new AlertOptions();

        options.ShouldRepeat(Epoch, Epoch.AddHours(4).AddTicks(-1)).ShouldBeFalse();
        options.ShouldRepeat(Epoch, Epoch.AddHours(4)).ShouldBeTrue();
    }

    [Fact]
    public void Validate_ZeroRepeatInterval_IsRejected() =>
        new AlertOptions { RepeatInterval = TimeSpan.Zero }.Validate().ShouldHaveSingleItem().ShouldStartWith("RepeatInterval");
}
