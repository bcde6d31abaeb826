using ReplOrchestrator.Domain.Cycles;

namespace ReplOrchestrator.Domain.Tests.Cycles;

public sealed class CycleOptionsTests
{
    [Fact]
    public void Defaults_AreValidAndDocumented()
    {
        var options = new CycleOptions();

        options.Validate().ShouldBeEmpty();
        (options.SnapshotTimeout, options.UploadStallTimeout, options.DisposeArtefactsTimeout).ShouldBe(
            (TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30)));
        (options.UploadMaxDuration, options.InitialUploadMaxDuration, options.MissedCycleGrace).ShouldBe(
            (TimeSpan.FromHours(12), TimeSpan.FromDays(7), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Validate_SecondsForADemonstration_AreAllowed() =>
        new CycleOptions
        {
            SnapshotTimeout = TimeSpan.FromSeconds(5),
            UploadStallTimeout = TimeSpan.FromSeconds(5),
            UploadMaxDuration = TimeSpan.FromSeconds(60),
            InitialUploadMaxDuration = TimeSpan.FromSeconds(60),
            DisposeArtefactsTimeout = TimeSpan.FromSeconds(5),
            MissedCycleGrace = TimeSpan.Zero,
        }.Validate().ShouldBeEmpty();

    [Fact]
    public void Validate_StallLongerThanTheCap_IsRejected() =>
        new CycleOptions { UploadStallTimeout = TimeSpan.FromHours(13) }.Validate()
            .ShouldHaveSingleItem().ShouldStartWith("UploadStallTimeout");

    [Fact]
    public void Validate_ZeroTimeoutAndNegativeFactor_AreBothReported() =>
        new CycleOptions { SnapshotTimeout = TimeSpan.Zero, HyperVMissedCycleGraceFactor = -1 }.Validate().Count.ShouldBe(2);
}
