using Microsoft.Extensions.Logging;
using ReplOrchestrator.Agent.Collection;
using ReplOrchestrator.Agent.Commands;
using ReplOrchestrator.Agent.Configuration;
using ReplOrchestrator.Agent.Embedding;
using ReplOrchestrator.Agent.Storage;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Agent.Heartbeats;

/// <summary>
/// One heartbeat, start to end: read the host, spool its new events, take the next sequence, send what is owed,
/// forget what the server took, run the commands it answered with. Tests drive it step by step.
/// </summary>
internal sealed class HeartbeatCycle(
    AgentOptions options,
    HostCollector collector,
    SequenceStore sequence,
    Spool spool,
    HeartbeatSender sender,
    CommandRunner commands,
    AgentActivity activity,
    TimeProvider time,
    ILogger logger)
{
    private bool _unreachable;

    /// <summary>Runs one heartbeat.</summary>
    /// <returns>What became of it, and how many commands ran (their results wait for the next heartbeat).</returns>
    public async Task<(HeartbeatOutcome Outcome, int CommandsRan)> RunOnceAsync(CancellationToken cancellationToken)
    {
        var snapshot = await collector.CollectAsync(spool.State.Bookmark, cancellationToken).ConfigureAwait(false);
        foreach (var problem in snapshot.Problems)
        {
            Log.HostProblem(logger, problem);
        }

        if (spool.AddEvents(snapshot.Events, snapshot.Bookmark) is > 0 and var dropped)
        {
            Log.EventsDropped(logger, dropped, spool.State.EventsDropped);
        }

        var now = time.GetUtcNow();
        var batch = spool.Take(HeartbeatDefaults.MaxEvents, now);
        // The number is on disk before the heartbeat leaves, so a restart never reuses it.
        var number = sequence.Next();
        var heartbeat = HeartbeatComposer.Compose(options.ApplianceId!, options.Kind!.Value, sequence.Epoch, number, now, snapshot, batch);
        var outcome = await sender.SendAsync(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(heartbeat, ContractJson.Options), cancellationToken).ConfigureAwait(false);
        Settle(number, batch, outcome);
        activity.Sent(outcome.Kind, batch);

        var ran = outcome.Kind is HeartbeatOutcomeKind.Accepted or HeartbeatOutcomeKind.Duplicate
            ? await commands.RunAsync(outcome.Commands, outcome.Ignored, snapshot.Vms, cancellationToken).ConfigureAwait(false)
            : 0;
        if (ran > 0)
        {
            activity.Ran(ran);
            Log.CommandsRan(logger, ran);
        }

        return (outcome, ran);
    }

    private void Settle(long number, SpoolBatch batch, HeartbeatOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case HeartbeatOutcomeKind.Accepted:
                spool.Delivered(batch);
                if (_unreachable)
                {
                    _unreachable = false;
                    Log.Reconnected(logger);
                }

                Log.Sent(logger, number, outcome.Kind, batch.Events.Count, batch.ProbeResults.Count, batch.CommandResults.Count);
                break;
            case HeartbeatOutcomeKind.Duplicate:
                // The server ignored it, so nothing it carried counts as delivered; the next number goes again.
                Log.Sent(logger, number, outcome.Kind, 0, 0, 0);
                break;
            case HeartbeatOutcomeKind.Rejected when outcome.BodyRefused:
                spool.Refused(batch);
                Log.Refused(logger, number, outcome.Problem?.Describe() ?? "refused");
                break;
            case HeartbeatOutcomeKind.Rejected:
                Log.Refused(logger, number, outcome.Problem?.Describe() ?? "refused");
                break;
            default:
                // One warning per outage; an hour of failed heartbeats should not bury the log.
                if (_unreachable)
                {
                    Log.StillUnreachable(logger, number, outcome.Error ?? "no answer");
                }
                else
                {
                    Log.Unreachable(logger, number, outcome.Error ?? "no answer", batch.ProbeResults.Count + batch.CommandResults.Count, spool.State.Events.Count);
                }

                _unreachable = true;
                break;
        }
    }
}
