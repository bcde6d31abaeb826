using ReplOrchestrator.Domain.Configuration;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Tests.Heartbeats;

public sealed class HeartbeatLimitsTests
{
    [Fact]
    public void Defaults_AreTheContractLimits()
    {
        var limits = new HeartbeatLimits();

        (limits.MaxBodyBytes, limits.MaxVms, limits.MaxDisksPerVm, limits.MaxEvents).ShouldBe((1024 * 1024, 1000, 64, 500));
        limits.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void Validate_ValuesOutOfRange_NamesEachOne()
    {
        var limits = new HeartbeatLimits { MaxVms = 0, MaxDisksPerVm = 1000, MaxClockSkew = TimeSpan.FromMinutes(-1) };

        var problems = limits.Validate();

        problems.Count.ShouldBe(3);
        problems[0].ShouldStartWith("MaxVms");
        problems[1].ShouldStartWith("MaxDisksPerVm");
        problems[2].ShouldStartWith("MaxClockSkew");
    }

    [Fact]
    public void ThrowIfInvalid_InvalidLimits_ThrowsWithEveryProblem()
    {
        var exception = Should.Throw<ArgumentException>(() => new HeartbeatLimits { MaxEvents = -1, MaxBodyBytes = 1 }.ThrowIfInvalid());

        exception.Message.ShouldContain("MaxEvents");
        exception.Message.ShouldContain("MaxBodyBytes");
    }
}
