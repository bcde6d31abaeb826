using ReplOrchestrator.Local.Simulation.Transport;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Local.Simulation;

/// <summary>What one appliance's turn in a round came to.</summary>
/// <param name="Outcome">What became of its heartbeat; null when it was silent and sent none.</param>
/// <param name="CommandsReceived">New commands its answer carried.</param>
/// <param name="CommandsAnswered">Commands whose results this heartbeat delivered.</param>
internal sealed record BeatReport(HeartbeatOutcome? Outcome, int CommandsReceived, int CommandsAnswered)
{
    /// <summary>The appliance was silent.</summary>
    public static BeatReport Silent { get; } = new(null, 0, 0);
}
