using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Alerts;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>
/// Turns a VM's Hyper-V event-log entries into alerts (pure): situations the correlator recognises
/// across entries (suspended at shutdown, a backup on the replica host) and single entries the catalog
/// classifies. Entries of the last minutes are kept so a pair split across heartbeats still pairs, and the
/// alert its first half raised alone is resolved once the pair is seen (<see cref="SupersededEventAlerts"/>).
/// </summary>
internal static class VmEvents
{
    public static (VmMonitorState State, List<AlertDelivery> Deliveries, bool SuggestsResume) Apply(
        VmMonitorState state, IReadOnlyList<ReplicationEvent> events, DateTimeOffset now, Func<string> newSignalId)
    {
        var fresh = events.Where(e => !state.RecentEvents.Contains(e)).ToList();
        if (fresh.Count == 0)
        {
            return (state, [], false);
        }

        var earlier = Recent(state, now).ToList();
        var recent = earlier.Concat(fresh).ToList();
        var correlation = HyperVEventCorrelator.Correlate(recent, state.State ?? ReplicationState.Replicating);
        var deliveries = new List<AlertDelivery>();
        var open = state.Open;
        var suggestsResume = false;
        foreach (var situation in correlation.Situations.Where(s => s.Events.Any(fresh.Contains)))
        {
            var alert = AlertBuilder.Fire(situation, VmAlerts.Context(state), now);
            open = VmAlerts.Upsert(open, alert.Code, alert.Severity, now, c => c with { LastEventAt = now });
            deliveries.Add(VmAlerts.Fire(state, alert, newSignalId(), now));
            suggestsResume |= situation.SuggestsResume;
        }

        var classified = correlation.Unexplained
            .Where(fresh.Contains)
            .Select(e => (Event: e, Classification: ErrorClassifier.Classify(state.Kind, e)))
            .Where(c => c.Classification.IsClassified || c.Event.Level is ReplicationEventLevel.Error or ReplicationEventLevel.Critical)
            .GroupBy(c => c.Classification.Entry.Code);
        foreach (var group in classified)
        {
            var latest = group.Last();
            var alert = AlertBuilder.Fire(latest.Classification, VmAlerts.Context(state), [], [], now);
            open = VmAlerts.Upsert(open, alert.Code, alert.Severity, now, c => c with { LastEventAt = now });
            deliveries.Add(VmAlerts.Fire(state, alert, newSignalId(), now));
        }

        foreach (var (code, reason) in SupersededEventAlerts.Find(state, earlier, fresh, correlation))
        {
            open = [.. open.Where(c => c.Code != code)];
            deliveries.Add(VmAlerts.Resolve(state, code, reason, newSignalId(), now));
        }

        return (state with { RecentEvents = recent, Open = open }, deliveries, suggestsResume);
    }

    /// <summary>
    /// The kept entries still young enough to pair with a new one. The state keeps entries until fresh ones
    /// arrive, so every reader goes through this: an entry of days ago explains nothing today.
    /// </summary>
    public static IEnumerable<ReplicationEvent> Recent(VmMonitorState state, DateTimeOffset now) =>
        state.RecentEvents.Where(e => now - e.TimeCreated <= HyperVEventCorrelator.DefaultShutdownPairing);
}
