using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>A signal to a cycle: a newer report of it, or word that a newer cycle replaced it.</summary>
/// <param name="Report">The newer report; <see langword="null"/> when the cycle was superseded.</param>
/// <param name="ObservedAt">When the report (or the superseding cycle) was received.</param>
public sealed record CycleSignal(CycleReport? Report, DateTimeOffset ObservedAt)
{
    /// <summary>True when a newer cycle of the VM began before this one finished.</summary>
    public bool IsSuperseded => Report is null;
}
