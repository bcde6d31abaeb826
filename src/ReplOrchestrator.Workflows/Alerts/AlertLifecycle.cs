using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>
/// One alert, by dedup key, for as long as the key exists: waits the grouping wait before the first
/// notification, repeats after the repeat interval, publishes "resolved" once the condition has stayed
/// clear for the resolve hold, keeps muted alerts visible (custom status) while silences and
/// inhibition hold notifications back. Its custom status is the <c>repl-alert/v1</c> object of the current
/// episode; its input holds the key's earlier episodes (<see cref="AlertLifecycleState.History"/>).
/// </summary>
internal sealed class AlertLifecycle(WorkflowOptions options) : TaskOrchestrator<AlertLifecycleState, object?>
{
    // Three attempts, 5 s then 10 s apart: the SDK's default backoff coefficient is 1, so it is given explicitly.
    private static readonly TaskOptions s_publishRetry =
        TaskOptions.FromRetryPolicy(new RetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromSeconds(5), backoffCoefficient: 2));

    public override async Task<object?> RunAsync(TaskOrchestrationContext context, AlertLifecycleState state)
    {
        var budget = new GenerationBudget(options.Monitoring);
        while (!budget.IsSpent)
        {
            context.SetCustomStatus(state.Alert);
            var signal = await SignalWait.NextAsync<AlertSignal>(context, state.DueAt);
            if (signal is not null)
            {
                var before = state;
                state = AlertTransitions.Apply(state, signal, options);
                budget.Spend(0);
                if (state.KeepsHistory && AlertTransitions.BeganNewEpisode(before, state))
                {
                    // Readers page through the history in the input: a new generation carries the episode just ended.
                    break;
                }

                continue;
            }

            state = await ActAsync(context, state);
            budget.Spend(4);
        }

        context.SetCustomStatus(state.Alert);
        context.ContinueAsNew(state with { KeepsHistory = true }, preserveUnprocessedEvents: true);
        return null;
    }

    private async Task<AlertLifecycleState> ActAsync(TaskOrchestrationContext context, AlertLifecycleState state)
    {
        var now = context.Now();
        if (state.Phase == AlertPhase.Resolving)
        {
            state = state with
            {
                Phase = AlertPhase.Resolved,
                Alert = AlertBuilder.Resolve(state.Alert!, now, AlertTransitions.Resolved(state.Alert!, state.ResolveReason)),
                DueAt = null,
            };
        }

        if (state.Phase == AlertPhase.Resolved && !state.NotifiedFiring)
        {
            return state with { DueAt = null };
        }

        PublishOutcome outcome;
        try
        {
            var request = new PublishRequest(state.Alert!, state.HostName) { SignalId = context.NewSignalId(), Groups = state.Groups };
            outcome = await context.CallActivityAsync<PublishOutcome>(WorkflowNames.PublishAlert, request, s_publishRetry);
        }
        catch (TaskFailedException)
        {
            return state with { DueAt = now + options.Monitoring.PublishRetryInterval };
        }

        if (state.Phase == AlertPhase.Resolved)
        {
            return state with { NotifiedFiring = false, LastNotifiedAt = now, MutedBy = outcome.MutedBy, DueAt = null, Groups = [] };
        }

        var next = now + (outcome.Published ? options.Alerts.RepeatInterval : options.Monitoring.MutedRecheckInterval);
        return state with
        {
            Phase = AlertPhase.Firing,
            NotifiedFiring = state.NotifiedFiring || outcome.Published,
            LastNotifiedAt = now,
            MutedBy = outcome.MutedBy,
            Groups = outcome.Groups ?? state.Groups,
            // An escalation routes the alert anew when it comes, not at the next repeat.
            DueAt = outcome.RerouteAt is { } reroute && reroute < next ? reroute : next,
        };
    }
}
