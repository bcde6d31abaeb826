using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Cycles;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>A signal to a VM monitor; which field is set depends on <see cref="Kind"/>.</summary>
public sealed record VmSignal(VmSignalKind Kind)
{
    /// <summary>The observation (<see cref="VmSignalKind.Observation"/>).</summary>
    public VmObservation? Observation { get; init; }

    /// <summary>The problem (<see cref="VmSignalKind.CycleProblem"/>).</summary>
    public CycleProblem? Problem { get; init; }

    /// <summary>The result (<see cref="VmSignalKind.CycleCompleted"/>).</summary>
    public CycleResult? Result { get; init; }

    /// <summary>The command result (<see cref="VmSignalKind.CommandResult"/>).</summary>
    public CommandResult? CommandResult { get; init; }

    /// <summary>An observation signal.</summary>
    public static VmSignal Of(VmObservation observation) => new(VmSignalKind.Observation) { Observation = observation };

    /// <summary>A cycle problem signal.</summary>
    public static VmSignal Of(CycleProblem problem) => new(VmSignalKind.CycleProblem) { Problem = problem };

    /// <summary>A cycle completion signal.</summary>
    public static VmSignal Of(CycleResult result) => new(VmSignalKind.CycleCompleted) { Result = result };

    /// <summary>A command result signal.</summary>
    public static VmSignal Of(CommandResult result) => new(VmSignalKind.CommandResult) { CommandResult = result };
}
