using ReplOrchestrator.Local.Simulation.Transport;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Local.Simulation;

/// <summary>Running counts of a simulation; safe to read while appliances are sending.</summary>
internal sealed class SimulationStatistics
{
    private long _sent;
    private long _accepted;
    private long _duplicate;
    private long _rejected;
    private long _failed;
    private long _commandsReceived;
    private long _commandsAnswered;

    /// <summary>Counts one appliance's turn.</summary>
    public void Count(BeatReport report)
    {
        if (report.Outcome is not { } outcome)
        {
            return;
        }

        Interlocked.Increment(ref _sent);
        Interlocked.Increment(ref CounterOf(outcome.Kind));
        Interlocked.Add(ref _commandsReceived, report.CommandsReceived);
        Interlocked.Add(ref _commandsAnswered, report.CommandsAnswered);
    }

    private ref long CounterOf(HeartbeatOutcomeKind outcome)
    {
        switch (outcome)
        {
            case HeartbeatOutcomeKind.Accepted:
                return ref _accepted;
            case HeartbeatOutcomeKind.Duplicate:
                return ref _duplicate;
            case HeartbeatOutcomeKind.Rejected:
                return ref _rejected;
            default:
                return ref _failed;
        }
    }

    /// <summary>The counts now.</summary>
    public SimulationSummary Snapshot() => new(
        Interlocked.Read(ref _sent),
        Interlocked.Read(ref _accepted),
        Interlocked.Read(ref _duplicate),
        Interlocked.Read(ref _rejected),
        Interlocked.Read(ref _failed),
        Interlocked.Read(ref _commandsReceived),
        Interlocked.Read(ref _commandsAnswered));
}
