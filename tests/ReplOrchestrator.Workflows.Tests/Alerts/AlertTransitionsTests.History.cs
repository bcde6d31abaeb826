using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Workflows.Alerts;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Alerts;

/// <summary>The key's earlier episodes: kept as they resolved, newest last, no more than the configured number.</summary>
public sealed partial class AlertTransitionsTests
{
    [Fact]
    public void Apply_FireAfterResolving_KeepsTheEndedEpisodeInTheHistory()
    {
        var ended = AlertBuilder.Resolve(Alert(Code, T0.AddHours(-3)), T0.AddHours(-2), "Resolved: earlier");
        var before = Lifecycle() with { Phase = AlertPhase.Resolved, Alert = ended };

        var next = AlertTransitions.Apply(before, FireAt("sig-1", T0), Options);

        next.History.ShouldBe([ended]);
        AlertTransitions.BeganNewEpisode(before, next).ShouldBeTrue();
    }

    [Fact]
    public void Apply_FireWhileIdle_HasNoHistory()
    {
        var next = AlertTransitions.Apply(Lifecycle(), FireAt("sig-1", T0), Options);

        next.History.ShouldBeEmpty();
        AlertTransitions.BeganNewEpisode(Lifecycle(), next).ShouldBeFalse();
    }

    [Fact]
    public void Apply_MoreEpisodesThanKept_ForgetsTheOldest()
    {
        var options = Options with { Monitoring = Options.Monitoring with { AlertHistory = 2 } };
        var state = Lifecycle();
        for (var episode = 0; episode < 4; episode++)
        {
            state = AlertTransitions.Apply(state, FireAt($"fire-{episode}", T0.AddHours(episode)), options);
            state = AlertTransitions.Apply(state, AlertSignal.Resolve($"resolve-{episode}", T0.AddHours(episode).AddSeconds(10), Reason), options);
        }

        state = AlertTransitions.Apply(state, FireAt("fire-last", T0.AddHours(9)), options);

        state.History.Select(a => a.FirstSeen).ShouldBe([T0.AddHours(2), T0.AddHours(3)]);
        state.History.ShouldAllBe(a => a.Status == AlertStatus.Resolved);
    }

    [Fact]
    public void Apply_KeepingNoHistory_KeepsNone()
    {
        var options = Options with { Monitoring = Options.Monitoring with { AlertHistory = 0 } };
        var ended = AlertBuilder.Resolve(Alert(Code, T0.AddHours(-3)), T0.AddHours(-2), "Resolved: earlier");

        AlertTransitions.Apply(Lifecycle() with { Phase = AlertPhase.Resolved, Alert = ended }, FireAt("sig-1", T0), options).History.ShouldBeEmpty();
    }
}
