using Microsoft.DurableTask.Client;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>
/// Hands an alert that silences and inhibition let through to the notification groups its routes put it in, and
/// takes it out of groups it no longer belongs to. Called from the <c>PublishAlert</c> activity, so at least once:
/// groups ignore a signal id they have seen.
/// </summary>
/// <param name="client">Starts and signals the groups.</param>
/// <param name="policy">The routes and receivers.</param>
internal sealed class NotificationRouter(DurableTaskClient client, NotificationPolicy policy)
{
    /// <summary>
    /// Routes <paramref name="alert"/> at <paramref name="now"/> and returns the keys of the groups that now hold it.
    /// A resolution goes to the groups its firing went to (<paramref name="previous"/>), so whoever was told it fires
    /// is told it resolved; a firing alert leaves the groups its routes no longer take it to (an escalation moves it).
    /// </summary>
    public async Task<IReadOnlyList<string>> RouteAsync(
        Alert alert, string? host, IReadOnlyList<string> previous, string signalId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!policy.IsEnabled)
        {
            return [];
        }

        var labels = policy.Labels(alert, host, now);
        if (alert.Status == AlertStatus.Resolved && previous.Count > 0)
        {
            foreach (var key in previous)
            {
                await SignalAsync(key, new GroupSignal(GroupSignalKind.Upsert, signalId, alert.DedupKey) { Alert = new LabeledAlert(alert, labels) }, cancellationToken);
            }

            return previous;
        }

        var matches = policy.Route(labels);
        foreach (var match in matches)
        {
            var receiver = policy.Receiver(match.Receiver);
            var upsert = new GroupSignal(GroupSignalKind.Upsert, signalId, alert.DedupKey)
            {
                Alert = new LabeledAlert(alert, labels), Route = match, SendResolved = receiver.SendResolved, Targets = NotificationTarget.Of(receiver),
            };
            await SignalAsync(match.GroupKey, upsert, cancellationToken);
        }

        var keys = matches.Select(m => m.GroupKey).Distinct(StringComparer.Ordinal).ToList();
        await WithdrawAsync(alert, previous.Except(keys, StringComparer.Ordinal).ToList(), signalId, cancellationToken);
        return keys;
    }

    /// <summary>Takes <paramref name="alert"/> out of <paramref name="groups"/> untold (a silence or inhibition now mutes it).</summary>
    public async Task WithdrawAsync(Alert alert, IReadOnlyList<string> groups, string signalId, CancellationToken cancellationToken)
    {
        foreach (var key in groups)
        {
            await SignalAsync(key, new GroupSignal(GroupSignalKind.Withdraw, signalId, alert.DedupKey), cancellationToken);
        }
    }

    /// <summary>When routing <paramref name="alert"/> changes by itself: a firing Warning's escalation; null when it never does.</summary>
    public DateTimeOffset? RerouteAt(Alert alert, DateTimeOffset now) =>
        policy.IsEnabled && alert.Status == AlertStatus.Firing && policy.Escalation.EscalatesAt(alert.Severity, alert.FirstSeen) is { } at && at > now ? at : null;

    private async Task SignalAsync(string groupKey, GroupSignal signal, CancellationToken cancellationToken)
    {
        var instanceId = InstanceIds.NotificationGroup(groupKey);
        await client.StartIfAbsentAsync(WorkflowNames.NotificationGroup, instanceId, new NotificationGroupState(groupKey), cancellationToken);
        await client.RaiseEventAsync(instanceId, EventNames.Signal, signal, cancellationToken);
    }
}
