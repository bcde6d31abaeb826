using ReplOrchestrator.Agent.Storage;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Agent.Embedding;

/// <summary>
/// What an agent did while this process watched it: heartbeats sent and accepted, commands run, and the answers the
/// server took. It lives in memory only (the spool and the sequence are what survive a restart); a process that runs
/// agents in-process, as the demo does, reads it to say what they did. Safe to read while the agent runs.
/// </summary>
public sealed class AgentActivity
{
    private readonly Lock _gate = new();
    private readonly List<AgentAnswer> _answers = [];
    private long _sent;
    private long _accepted;
    private long _commandsRun;

    /// <summary>Heartbeats sent, whatever became of them.</summary>
    public long HeartbeatsSent => Interlocked.Read(ref _sent);

    /// <summary>Heartbeats the server accepted.</summary>
    public long HeartbeatsAccepted => Interlocked.Read(ref _accepted);

    /// <summary>Commands the agent ran; each runs once, however often the server repeats it.</summary>
    public long CommandsRun => Interlocked.Read(ref _commandsRun);

    /// <summary>The answers accepted heartbeats carried, oldest first.</summary>
    public IReadOnlyList<AgentAnswer> Answers
    {
        get
        {
            lock (_gate)
            {
                return [.. _answers];
            }
        }
    }

    internal void Sent(HeartbeatOutcomeKind outcome, SpoolBatch batch)
    {
        Interlocked.Increment(ref _sent);
        if (outcome != HeartbeatOutcomeKind.Accepted)
        {
            return;
        }

        Interlocked.Increment(ref _accepted);
        var probes = batch.ProbeResults.GroupBy(p => p.CommandId, StringComparer.Ordinal)
            .Select(g => new AgentAnswer(g.Key, g.All(p => p.Ok), $"{g.Count()} probes, {g.Count(p => !p.Ok)} failed"));
        var commands = batch.CommandResults.Select(r => new AgentAnswer(r.CommandId, r.Ok, r.Detail ?? ""));
        lock (_gate)
        {
            _answers.AddRange(probes.Concat(commands));
        }
    }

    internal void Ran(int commands) => Interlocked.Add(ref _commandsRun, commands);
}
