using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Workflows.Notifications;
using static ReplOrchestrator.Workflows.Tests.Notifications.GroupSignals;

namespace ReplOrchestrator.Workflows.Tests.Notifications;

public sealed class GroupTransitionsTests
{
    private static readonly TimeSpan s_second = TimeSpan.FromSeconds(1);

    [Fact]
    public void AlertsArrivingWithinTheGroupWait_AreToldInOneNotification()
    {
        var group = Empty();
        for (var i = 0; i < 12; i++)
        {
            group = GroupTransitions.Apply(group, Upsert(Firing($"vm-{i:00}"), group), T0 + (i * s_second));
        }

        group.FlushAt.ShouldBe(T0 + Timing.GroupWait);
        group = GroupTransitions.Flush(group, T0 + Timing.GroupWait);

        var sent = group.Outbox.ShouldNotBeNull();
        sent.Kind.ShouldBe(NotificationKind.Firing);
        sent.Group.Alerts.Count.ShouldBe(12);
        sent.Thread.Sequence.ShouldBe(0);
        group.Deliveries.Select(d => d.Target.Id).ShouldBe(["teams:0", "email:0"]);
        group.Deliveries.ShouldAllBe(d => d.State == DeliveryState.Pending && d.NextAttemptAt == T0 + Timing.GroupWait);
        group.FlushAt.ShouldBe(T0 + Timing.GroupWait + Timing.RepeatInterval);
    }

    [Fact]
    public void RedeliveredSignal_ChangesNothing()
    {
        var group = Empty();
        var signal = Upsert(Firing("vm-01"), group);
        group = GroupTransitions.Apply(group, signal, T0);
        group = GroupTransitions.Flush(group, T0 + Timing.GroupWait);

        GroupTransitions.Apply(group, signal, T0 + Timing.GroupWait + s_second).ShouldBe(group);
    }

    [Fact]
    public void NewsAfterTheFirstNotification_WaitsForTheGroupInterval()
    {
        var group = Told(Firing("vm-01"));
        var told = group.LastNotifiedAt!.Value;

        group = GroupTransitions.Apply(group, Upsert(Firing("vm-02"), group), told + s_second);

        group.FlushAt.ShouldBe(told + Timing.GroupInterval);
        group = GroupTransitions.Flush(group, told + Timing.GroupInterval);
        group.Outbox!.Kind.ShouldBe(NotificationKind.Firing);
        group.Outbox.Thread.ShouldBe(new NotificationThread(group.Outbox.Thread.EpisodeId, 1));
        group.Outbox.Group.Alerts.Select(a => a.Alert.VmId).ShouldBe(["vm-01", "vm-02"]);
    }

    [Fact]
    public void ADiagnosisThatChangesTheCause_IsToldAsAnUpdate()
    {
        var alert = Firing("vm-01");
        var group = Told(alert);
        var told = group.LastNotifiedAt!.Value;

        group = GroupTransitions.Apply(group, Upsert(Diagnosed(alert, "TCP 902 closed on esx01"), group), told + s_second);
        group = GroupTransitions.Flush(group, group.FlushAt!.Value);

        group.Outbox!.Kind.ShouldBe(NotificationKind.Updated);
        group.Outbox.Group.Alerts[0].Alert.ProbableCauses[0].Cause.ShouldBe("TCP 902 closed on esx01");
    }

    [Fact]
    public void AnUnchangedRefire_IsNotNews()
    {
        var alert = Firing("vm-01");
        var group = Told(alert);
        var refired = AlertBuilder.Refire(alert, Firing("vm-01", T0 + TimeSpan.FromMinutes(3)));

        var after = GroupTransitions.Apply(group, Upsert(refired, group), T0 + TimeSpan.FromMinutes(3));

        after.FlushAt.ShouldBe(group.FlushAt);
        after.Members.Single().News.ShouldBe(MemberNews.None);
    }

    [Fact]
    public void LastAlertResolving_SendsTheResolutionInTheSameThread_AndEndsTheEpisode()
    {
        var alert = Firing("vm-01");
        var group = Told(alert);
        var episode = group.EpisodeId;

        group = GroupTransitions.Apply(group, Upsert(AlertBuilder.Resolve(alert, T0 + TimeSpan.FromHours(1)), group), T0 + TimeSpan.FromHours(1));
        group = GroupTransitions.Flush(group, group.FlushAt!.Value);

        group.Outbox!.Kind.ShouldBe(NotificationKind.Resolved);
        group.Outbox.Thread.ShouldBe(new NotificationThread(episode!, 1));
        group.Members.ShouldBeEmpty();
        group.EpisodeId.ShouldBeNull();
        group.FlushAt.ShouldBeNull();
        group.RecentlyResolved.Single().ShouldBe(new NotifiedAlert(alert.DedupKey, alert.Id, 1));
    }

    [Fact]
    public void AReceiverThatDoesNotWantResolutions_IsNotToldOne()
    {
        var alert = Firing("vm-01");
        var group = Told(alert, sendResolved: false);

        group = GroupTransitions.Apply(group, Upsert(AlertBuilder.Resolve(alert, T0 + TimeSpan.FromHours(1)), group, sendResolved: false), T0 + TimeSpan.FromHours(1));
        group = GroupTransitions.Flush(group, group.FlushAt!.Value);

        group.Outbox.ShouldNotBeNull();
        group.Outbox.Sequence.ShouldBe(0, "the firing notification is still the last one made");
        group.Members.ShouldBeEmpty();
        group.EpisodeId.ShouldBeNull();
    }

    [Fact]
    public void AnAlertResolvedWithinTheGroupWait_IsNeverTold()
    {
        var alert = Firing("vm-01");
        var group = GroupTransitions.Apply(Empty(), Upsert(alert, Empty()), T0);

        group = GroupTransitions.Apply(group, Upsert(AlertBuilder.Resolve(alert, T0 + s_second), group), T0 + s_second);
        group = GroupTransitions.Flush(group, T0 + Timing.GroupWait);

        group.Outbox.ShouldBeNull();
        group.Members.ShouldBeEmpty();
    }

    [Fact]
    public void AWithdrawnAlert_LeavesUntold()
    {
        var alert = Firing("vm-01");
        var group = GroupTransitions.Apply(Empty(), Upsert(alert, Empty()), T0);

        group = GroupTransitions.Apply(group, Withdraw(alert), T0 + s_second);
        group = GroupTransitions.Flush(group, T0 + Timing.GroupWait);

        group.Outbox.ShouldBeNull();
    }

    [Fact]
    public void AGroupStillFiring_IsToldAgainAfterTheRepeatInterval()
    {
        var group = Told(Firing("vm-01"));
        var repeat = group.FlushAt!.Value;
        repeat.ShouldBe(group.LastNotifiedAt!.Value + Timing.RepeatInterval);

        group = GroupTransitions.Flush(group, repeat);

        group.Outbox!.Kind.ShouldBe(NotificationKind.Firing);
        group.Outbox.Sequence.ShouldBe(1);
    }

    [Fact]
    public void FailedAttempts_BackOffAndHonourRetryAfter_UntilDelivered()
    {
        var group = Told(Firing("vm-01"));
        var now = group.LastNotifiedAt!.Value;

        group = GroupTransitions.Record(group, "teams:0", 0, new DeliveryAttempt(DeliveryOutcome.Unavailable, "HTTP 503"), now);
        Teams0(group).NextAttemptAt.ShouldBe(now + TimeSpan.FromSeconds(10));
        group = GroupTransitions.Record(group, "teams:0", 0, new DeliveryAttempt(DeliveryOutcome.Unavailable, "HTTP 503"), now);
        Teams0(group).NextAttemptAt.ShouldBe(now + TimeSpan.FromSeconds(20));
        group = GroupTransitions.Record(group, "teams:0", 0, new DeliveryAttempt(DeliveryOutcome.Throttled, "429", TimeSpan.FromSeconds(90)), now);
        Teams0(group).NextAttemptAt.ShouldBe(now + TimeSpan.FromSeconds(90));
        Teams0(group).LastError.ShouldBe("429");
        group = GroupTransitions.Record(group, "teams:0", 0, new DeliveryAttempt(DeliveryOutcome.Delivered), now);

        Teams0(group).ShouldBe(Teams0(group) with { State = DeliveryState.Delivered, Attempts = 4, DeliveredSequence = 0, DeliveredAt = now, LastError = null, NextAttemptAt = null });
        group.Outbox.ShouldNotBeNull("the email target has not been tried");
        group = GroupTransitions.Record(group, "email:0", 0, new DeliveryAttempt(DeliveryOutcome.Refused, "535 credentials refused"), now);
        group.Outbox.ShouldBeNull();
        group.Deliveries.Single(d => d.Target.Id == "email:0").State.ShouldBe(DeliveryState.Failed);
    }

    [Fact]
    public void Backoff_IsCappedAtFiveMinutes()
    {
        DeliveryBackoff.After(30, null).ShouldBe(TimeSpan.FromMinutes(5));
        DeliveryBackoff.After(1, TimeSpan.FromDays(1)).ShouldBe(TimeSpan.FromHours(1));
        DeliveryBackoff.After(1, TimeSpan.Zero).ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void ANewerNotification_ReplacesOneStillUndelivered()
    {
        var group = Told(Firing("vm-01"));
        var now = group.LastNotifiedAt!.Value;
        group = GroupTransitions.Record(group, "teams:0", 0, new DeliveryAttempt(DeliveryOutcome.Unavailable, "HTTP 503"), now);

        group = GroupTransitions.Apply(group, Upsert(Firing("vm-02"), group), now + s_second);
        group = GroupTransitions.Flush(group, group.FlushAt!.Value);

        group.Outbox!.Sequence.ShouldBe(1);
        Teams0(group).ShouldBe(Teams0(group) with { Sequence = 1, Attempts = 0, State = DeliveryState.Pending, LastError = null });
        var late = GroupTransitions.Record(group, "teams:0", 0, new DeliveryAttempt(DeliveryOutcome.Delivered), now);
        Teams0(late).ShouldBe(Teams0(group), "a late answer about the replaced notification changes nothing");
    }

    [Fact]
    public void ALargeGroup_KeepsOnlyItsFirstAlertsInFull()
    {
        var group = Empty();
        for (var i = 0; i < 200; i++)
        {
            var alert = Diagnosed(Firing($"vm-{i:000}"), "TCP 902 closed on esx01") with { RecommendedActions = ["a", "b", "c", "d"] };
            group = GroupTransitions.Apply(group, Upsert(alert, group), T0);
        }

        group.Members.Take(GroupLimits.FullDetail).ShouldAllBe(m => m.Entry.Alert.RecommendedActions.Count == 4);
        group.Members.Skip(GroupLimits.FullDetail).ShouldAllBe(m => m.Entry.Alert.RecommendedActions.Count == 2);
        group.Members.Count.ShouldBe(200);
    }

    [Fact]
    public void ANewEpisode_StartsANewThread_WhileSequencesKeepGrowing()
    {
        var alert = Firing("vm-01");
        var group = Told(alert);
        var first = group.Outbox!.Thread.EpisodeId;
        group = GroupTransitions.Apply(group, Upsert(AlertBuilder.Resolve(alert, T0 + TimeSpan.FromHours(1)), group), T0 + TimeSpan.FromHours(1));
        group = GroupTransitions.Flush(group, group.FlushAt!.Value);

        var again = Firing("vm-01", T0 + TimeSpan.FromHours(2));
        group = GroupTransitions.Apply(group, Upsert(again, group), T0 + TimeSpan.FromHours(2));
        group = GroupTransitions.Flush(group, group.FlushAt!.Value);

        group.Outbox!.Sequence.ShouldBe(2);
        group.Outbox.Thread.Sequence.ShouldBe(0);
        group.Outbox.Thread.EpisodeId.ShouldNotBe(first);
        group.Outbox.Kind.ShouldBe(NotificationKind.Firing);
    }

    private static TargetDelivery Teams0(NotificationGroupState group) => group.Deliveries.Single(d => d.Target.Id == "teams:0");

    private static NotificationGroupState Told(Alert alert, bool sendResolved = true)
    {
        var group = GroupTransitions.Apply(Empty(sendResolved), Upsert(alert, Empty(sendResolved), sendResolved), T0);
        return GroupTransitions.Flush(group, T0 + Timing.GroupWait);
    }
}
