using ReplOrchestrator.Domain.Appliances;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Appliances;

public sealed class ApplianceLivenessTests
{
    private static readonly ApplianceOptions s_options = new();

    [Fact]
    public void IsLost_FromTheDeadlineOn()
    {
        ApplianceLiveness.Deadline(Epoch, s_options).ShouldBe(Epoch.AddMinutes(15));
        ApplianceLiveness.IsLost(Epoch, Epoch.AddMinutes(15).AddTicks(-1), s_options).ShouldBeFalse();
        ApplianceLiveness.IsLost(Epoch, Epoch.AddMinutes(15), s_options).ShouldBeTrue();
    }

    [Theory]
    [InlineData(90, false)]
    [InlineData(91, true)]
    public void ResetsActiveCycles_AfterTheDocumentedNinetyMinutes(int minutes, bool expected) =>
        ApplianceLiveness.ResetsActiveCycles(TimeSpan.FromMinutes(minutes), s_options).ShouldBe(expected);

    [Fact]
    public void AsProbeResult_SilentAppliance_FailsWithTheSilence()
    {
        var result = ApplianceLiveness.AsProbeResult("diag-1", Epoch, Epoch.AddMinutes(25), s_options);

        result.ShouldBe(new ProbeResult("diag-1", ProbeKind.ApplianceHeartbeat, null, false, 0, "no heartbeat for 25 min"));
    }

    [Fact]
    public void AsProbeResult_RecentHeartbeat_Passes() =>
        ApplianceLiveness.AsProbeResult("diag-1", Epoch, Epoch.AddMinutes(3), s_options).Ok.ShouldBeTrue();

    [Fact]
    public void AsProbeResult_NeverHeard_Fails() =>
        ApplianceLiveness.AsProbeResult("diag-1", null, Epoch, s_options).Detail.ShouldBe("no heartbeat received yet");

    [Fact]
    public void Validate_ZeroTimeout_IsRejected() =>
        new ApplianceOptions { HeartbeatTimeout = TimeSpan.Zero }.Validate().ShouldHaveSingleItem().ShouldStartWith("HeartbeatTimeout");
}
