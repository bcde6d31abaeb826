using Microsoft.DurableTask;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>
/// One notification group, by group key, for as long as the key exists: gathers the alerts one route sends to one
/// receiver, decides when they are told (Alertmanager's group wait, group interval and repeat interval), and
/// delivers each notification to every target of the receiver until it is accepted, refused, or replaced by a newer
/// one. The notification is durable state, so a restart, a crash or a long outage of Teams or SMTP loses nothing.
/// Its custom status is a <see cref="NotificationGroupStatus"/>.
/// </summary>
internal sealed class NotificationGroupOrchestrator(WorkflowOptions options) : TaskOrchestrator<NotificationGroupState, object?>
{
    public override async Task<object?> RunAsync(TaskOrchestrationContext context, NotificationGroupState state)
    {
        var budget = new GenerationBudget(options.Monitoring);
        while (!budget.IsSpent)
        {
            context.SetCustomStatus(NotificationGroupStatus.Of(state));
            var signal = await SignalWait.NextAsync<GroupSignal>(context, state.NextWake());
            var now = context.Now();
            if (signal is not null)
            {
                state = GroupTransitions.Apply(state, signal, now);
                budget.Spend(0);
                continue;
            }

            if (state.FlushAt <= now)
            {
                state = GroupTransitions.Flush(state, now);
            }

            var due = GroupTransitions.Due(state, now);
            state = await DeliverAsync(context, state, due);
            budget.Spend(2 + (2 * due.Count));
        }

        context.SetCustomStatus(NotificationGroupStatus.Of(state));
        context.ContinueAsNew(state, preserveUnprocessedEvents: true);
        return null;
    }

    // Every due target at once: one slow mail server does not hold back the Teams channel.
    private static async Task<NotificationGroupState> DeliverAsync(TaskOrchestrationContext context, NotificationGroupState state, IReadOnlyList<TargetDelivery> due)
    {
        if (state.Outbox is not { } outbox || due.Count == 0)
        {
            return state;
        }

        var attempts = due.Select(d => AttemptAsync(context, new DeliveryRequest(state.Receiver, d.Target.Id, outbox.Kind, outbox.Thread, outbox.Group))).ToList();
        var results = await Task.WhenAll(attempts);
        var now = context.Now();
        for (var i = 0; i < due.Count; i++)
        {
            state = GroupTransitions.Record(state, due[i].Target.Id, outbox.Sequence, results[i], now);
        }

        return state;
    }

    private static async Task<DeliveryAttempt> AttemptAsync(TaskOrchestrationContext context, DeliveryRequest request)
    {
        try
        {
            return await context.CallActivityAsync<DeliveryAttempt>(WorkflowNames.DeliverNotification, request);
        }
        catch (TaskFailedException e)
        {
            // The sender turns every delivery failure into a result; an exception here is the host's (stopping, say).
            // Its message is not passed on: it could name a target's settings.
            return new DeliveryAttempt(DeliveryOutcome.Unavailable, $"The delivery did not complete ({e.FailureDetails.ErrorType}); it is retried");
        }
    }
}
