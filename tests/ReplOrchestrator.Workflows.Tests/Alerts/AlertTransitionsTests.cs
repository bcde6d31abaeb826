using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Workflows.Alerts;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Alerts;

/// <summary>
/// The lifecycle's answers to fire and resolve signals, against the defaults: a 30 s grouping wait,
/// a 4 h repeat interval and a 2 min resolve hold.
/// </summary>
public sealed partial class AlertTransitionsTests
{
    private const string Code = CatalogCodes.ReplicationInError;
    private const string Reason = "replication is Replicating again";

    [Theory]
    [InlineData(AlertPhase.Idle)]
    [InlineData(AlertPhase.Resolved)]
    public void Apply_FireWhileIdleOrResolved_WaitsTheGroupingWaitWithANewEpisode(AlertPhase phase)
    {
        var earlier = AlertBuilder.Resolve(Alert(Code, T0.AddHours(-3)), T0.AddHours(-2), "Resolved: earlier");
        var state = Lifecycle() with { Phase = phase, Alert = phase == AlertPhase.Idle ? null : earlier, ResolveReason = "earlier" };

        var next = AlertTransitions.Apply(state, FireAt("sig-1", T0), Options);

        (next.Phase, next.DueAt, next.ResolveReason).ShouldBe((AlertPhase.Pending, T0.AddSeconds(30), (string?)null));
        (next.Alert!.Status, next.Alert.FirstSeen, next.Alert.Occurrences).ShouldBe((AlertStatus.Firing, T0, 1));
        next.Alert.Id.ShouldNotBe(earlier.Id);
    }

    [Fact]
    public void Apply_FireWhilePending_CountsTheOccurrenceWithoutExtendingTheGroupingWait()
    {
        var pending = AlertTransitions.Apply(Lifecycle(), FireAt("sig-1", T0), Options);

        var next = AlertTransitions.Apply(pending, FireAt("sig-2", T0.AddSeconds(20)), Options);

        (next.Phase, next.DueAt).ShouldBe((AlertPhase.Pending, T0.AddSeconds(30)));
        (next.Alert!.Id, next.Alert.FirstSeen, next.Alert.Occurrences).ShouldBe((pending.Alert!.Id, T0, 2));
    }

    [Fact]
    public void Apply_ResolveWithinTheGroupingWait_ResolvesWithoutAnyoneToTell()
    {
        var pending = AlertTransitions.Apply(Lifecycle(), FireAt("sig-1", T0), Options);

        var next = AlertTransitions.Apply(pending, AlertSignal.Resolve("sig-2", T0.AddSeconds(29), Reason), Options);

        (next.Phase, next.DueAt, next.NotifiedFiring).ShouldBe((AlertPhase.Resolved, (DateTimeOffset?)null, false));
        (next.Alert!.Status, next.Alert.Summary).ShouldBe((AlertStatus.Resolved, "Resolved: " + Reason));
    }

    [Fact]
    public void Apply_ResolveWhileFiring_WaitsTheResolveHoldKeepingTheAlertFiring()
    {
        var next = AlertTransitions.Apply(Firing(), AlertSignal.Resolve("sig-9", T0.AddHours(1), Reason), Options);

        (next.Phase, next.DueAt, next.ResolveReason).ShouldBe((AlertPhase.Resolving, T0.AddHours(1).AddMinutes(2), Reason));
        next.Alert!.Status.ShouldBe(AlertStatus.Firing);
    }

    [Fact]
    public void Apply_SecondResolveWithinTheHold_DoesNotRestartTheHold()
    {
        var resolving = AlertTransitions.Apply(Firing(), AlertSignal.Resolve("sig-9", T0.AddHours(1), Reason), Options);

        var next = AlertTransitions.Apply(resolving, AlertSignal.Resolve("sig-10", T0.AddHours(1).AddMinutes(1), "later"), Options);

        (next.Phase, next.DueAt).ShouldBe((AlertPhase.Resolving, T0.AddHours(1).AddMinutes(2)));
    }

    public static TheoryData<DateTimeOffset?, DateTimeOffset> RepeatCases() => new()
    {
        { T0.AddMinutes(1), T0.AddMinutes(1).AddHours(4) }, // the repeat interval counts from the last notification
        { null, T0.AddHours(4) }, // or from the first sighting, if nothing was published
    };

    [Theory]
    [MemberData(nameof(RepeatCases))]
    public void Apply_FireWithinTheResolveHold_ContinuesTheSameAlertUntilTheNextRepeat(DateTimeOffset? lastNotified, DateTimeOffset repeatAt)
    {
        var resolving = AlertTransitions.Apply(Firing() with { LastNotifiedAt = lastNotified }, AlertSignal.Resolve("sig-9", T0.AddHours(1), Reason), Options);

        var next = AlertTransitions.Apply(resolving, FireAt("sig-10", T0.AddHours(1).AddMinutes(1)), Options);

        (next.Phase, next.DueAt).ShouldBe((AlertPhase.Firing, (DateTimeOffset?)repeatAt));
        (next.Alert!.Id, next.Alert.FirstSeen, next.Alert.Occurrences).ShouldBe((resolving.Alert!.Id, T0, 2));
    }

    [Theory]
    [InlineData(AlertPhase.Idle)]
    [InlineData(AlertPhase.Resolved)]
    public void Apply_ResolveWithNothingFiring_ChangesNothingButTheRememberedSignals(AlertPhase phase)
    {
        var state = Lifecycle() with { Phase = phase, DueAt = T0 };

        var next = AlertTransitions.Apply(state, AlertSignal.Resolve("sig-1", T0, Reason), Options);

        next.ShouldBe(state with { RecentSignals = next.RecentSignals });
        next.RecentSignals.ShouldBe(["sig-1"]);
    }

    [Fact]
    public void Apply_FireWithoutAHost_KeepsTheHostAlreadyKnown()
    {
        var pending = AlertTransitions.Apply(Lifecycle(), FireAt("sig-1", T0), Options);

        var next = AlertTransitions.Apply(pending, AlertSignal.Fire(Alert(Code, T0.AddSeconds(5)), "sig-2", T0.AddSeconds(5), null), Options);

        next.HostName.ShouldBe("hv01");
    }

    [Fact]
    public void Apply_FireWithoutAnAlert_Throws() =>
        Should.Throw<ArgumentException>(() => AlertTransitions.Apply(Lifecycle(), new AlertSignal(AlertSignalKind.Fire, "sig-1", T0), Options));

    [Theory]
    [InlineData(null, "summary as fired")]
    [InlineData("the service is running again", "Resolved: the service is running again")]
    public void Resolved_WithOrWithoutAReason_SaysWhy(string? reason, string expected) =>
        AlertTransitions.Resolved(Alert(Code, T0) with { Summary = "summary as fired" }, reason).ShouldBe(expected);

    private static AlertLifecycleState Lifecycle() => new(AlertKey.Create(ApplianceId, VmId, Code));

    // Notified at the end of the grouping wait, next repeat 4 h later.
    private static AlertLifecycleState Firing() => Lifecycle() with
    {
        Phase = AlertPhase.Firing,
        Alert = Alert(Code, T0),
        HostName = "hv01",
        NotifiedFiring = true,
        LastNotifiedAt = T0.AddSeconds(30),
        DueAt = T0.AddSeconds(30).AddHours(4),
        RecentSignals = ["sig-1"],
    };

    private static AlertSignal FireAt(string signalId, DateTimeOffset at, Alert? alert = null) =>
        AlertSignal.Fire(alert ?? Alert(Code, at), signalId, at, "hv01");
}
