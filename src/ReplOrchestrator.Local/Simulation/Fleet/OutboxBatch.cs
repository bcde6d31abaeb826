using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>What one heartbeat carries out of an appliance's outbox.</summary>
/// <param name="Events">Event-log entries, oldest first.</param>
/// <param name="ProbeResults">Probe results, grouped by command in the order the commands came.</param>
/// <param name="CommandResults">Results of other commands.</param>
internal sealed record OutboxBatch(IReadOnlyList<ReplicationEvent> Events, IReadOnlyList<ProbeResult> ProbeResults, IReadOnlyList<CommandResult> CommandResults)
{
    /// <summary>How many items the batch carries.</summary>
    public int Count => Events.Count + ProbeResults.Count + CommandResults.Count;

    /// <summary>
    /// Each command the batch answers, with its answer in a few words: "StorageWrite failed (connection timed
    /// out); 5 passed". Probes that failed for the same reason share one mention.
    /// </summary>
    public IEnumerable<(string CommandId, string Summary)> Answers()
    {
        foreach (var probes in ProbeResults.GroupBy(r => r.CommandId))
        {
            var failed = probes.Where(r => !r.Ok).GroupBy(r => r.Detail)
                .Select(g => $"{string.Join(", ", g.Select(r => r.Probe))} failed ({g.Key})").ToList();
            var passed = probes.Count(r => r.Ok);
            yield return (probes.Key, failed.Count == 0 ? $"all {passed} probes passed" : $"{string.Join("; ", failed)}; {passed} passed");
        }

        foreach (var result in CommandResults)
        {
            yield return (result.CommandId, (result.Ok ? "ok" : "failed") + (result.Detail is null ? "" : $": {result.Detail}"));
        }
    }
}
