using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>
/// Finds the alerts single event-log entries raised that a later entry has turned into part of a situation
/// (pure). A 32022 alone raises "replication cancelled"; when its 32086 arrives with the next heartbeat the
/// two are the suspension at shutdown, and the cancellation warning has nothing left to say of its own.
/// </summary>
internal static class SupersededEventAlerts
{
    /// <summary>The codes to resolve, with the reason; each is open, raised by entries only, and all its entries are now explained.</summary>
    /// <param name="state">The VM monitor's state before the fresh entries.</param>
    /// <param name="earlier">The kept entries young enough to pair, as correlated with the fresh ones.</param>
    /// <param name="fresh">The entries of this heartbeat not seen before.</param>
    /// <param name="correlation">What the earlier and fresh entries add up to.</param>
    public static IEnumerable<(string Code, string Reason)> Find(
        VmMonitorState state, IReadOnlyList<ReplicationEvent> earlier, IReadOnlyList<ReplicationEvent> fresh, HyperVCorrelation correlation)
    {
        // Most heartbeats pair nothing: then nothing can have been superseded, and nothing need be classified again.
        if (correlation.Situations.Count == 0)
        {
            yield break;
        }

        var explained = correlation.Situations.SelectMany(s => s.Events.Select(e => (Event: e, Situation: s))).ToList();
        var explainedEvents = explained.Select(x => x.Event).ToHashSet();
        var wasUnexplained = HyperVEventCorrelator.Correlate(earlier, state.State ?? ReplicationState.Replicating).Unexplained.ToHashSet();
        var situationCodes = correlation.Situations.Select(s => s.Entry.Code).ToHashSet(StringComparer.Ordinal);
        var codes = state.RecentEvents.Concat(fresh).Concat(explainedEvents).Distinct().ToDictionary(e => e, e => CodeOf(state, e));

        foreach (var group in explained.Where(x => wasUnexplained.Contains(x.Event)).GroupBy(x => codes[x.Event], StringComparer.Ordinal))
        {
            var condition = state.Open.FirstOrDefault(c => c.Code == group.Key);
            var first = group.Min(x => x.Event.TimeCreated);
            // Still raised by an entry no situation explains, or opened by one older than these could pair with: it stays.
            if (condition is not { LastEventAt: not null } || situationCodes.Contains(group.Key)
                || codes.Any(c => c.Value == group.Key && !explainedEvents.Contains(c.Key))
                || condition.Since < first - HyperVEventCorrelator.DefaultShutdownPairing)
            {
                continue;
            }

            var situation = group.First().Situation.Entry;
            var ids = string.Join(", ", group.Select(x => x.Event.EventId).Distinct());
            yield return (group.Key, $"event {ids} is part of \"{situation.Title}\" ({situation.Code}), whose alert carries it on");
        }
    }

    private static string CodeOf(VmMonitorState state, ReplicationEvent entry) => ErrorClassifier.Classify(state.Kind, entry).Entry.Code;
}
