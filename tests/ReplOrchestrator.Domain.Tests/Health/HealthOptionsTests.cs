using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Tests.Health;

public sealed class HealthOptionsTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        var options = new HealthOptions();

        options.Validate().ShouldBeEmpty();
        options.RpoTargetFor(ApplianceKind.HyperVReplica).ShouldBe(TimeSpan.FromHours(1));
        options.RpoTargetFor(ApplianceKind.AzureMigrateVMware).ShouldBe(TimeSpan.FromHours(12));
        (options.Window, options.RecoveryHoldTime, options.RecoveryHoldEvaluations).ShouldBe((TimeSpan.FromHours(12), TimeSpan.FromMinutes(15), 3));
    }

    [Fact]
    public void Validate_WarningRatioAboveCritical_IsRejected() =>
        new HealthOptions { MissedCycleWarningRatio = 0.6 }.Validate().ShouldHaveSingleItem().ShouldStartWith("MissedCycleWarningRatio");

    [Fact]
    public void Validate_CriticalMultipleInsideTheTolerance_IsRejected() =>
        new HealthOptions { RpoTolerancePercent = 50, RpoCriticalMultiple = 1.5 }.Validate().ShouldHaveSingleItem().ShouldStartWith("RpoCriticalMultiple");

    [Fact]
    public void Validate_NotANumber_IsRejected() =>
        new HealthOptions { MissedCycleCriticalRatio = double.NaN }.Validate().ShouldNotBeEmpty();
}
