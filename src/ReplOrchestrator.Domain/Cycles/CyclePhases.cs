namespace ReplOrchestrator.Domain.Cycles;

/// <summary>The legal moves between <see cref="CyclePhase"/>s.</summary>
/// <remarks>
/// Heartbeats sample a cycle, so a fast phase can pass between two of them: moving forward over phases
/// is legal. Any unfinished phase may fail. Nothing leaves <see cref="CyclePhase.Completed"/> or
/// <see cref="CyclePhase.Failed"/>, and nothing moves backwards; a new attempt is a new cycle id.
/// </remarks>
public static class CyclePhases
{
    private static readonly CyclePhase[] s_runOrder = [CyclePhase.Snapshot, CyclePhase.Upload, CyclePhase.DisposeArtefacts, CyclePhase.Completed];

    /// <summary>Whether the cycle is over.</summary>
    public static bool IsTerminal(this CyclePhase phase) => phase is CyclePhase.Completed or CyclePhase.Failed;

    /// <summary>Classifies a move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static PhaseTransition Transition(CyclePhase from, CyclePhase to)
    {
        if (from == to)
        {
            return PhaseTransition.Unchanged;
        }

        if (from.IsTerminal())
        {
            return PhaseTransition.Illegal;
        }

        return to == CyclePhase.Failed || Array.IndexOf(s_runOrder, to) > Array.IndexOf(s_runOrder, from)
            ? PhaseTransition.Advance
            : PhaseTransition.Illegal;
    }

    /// <summary>
    /// The phases a legal forward move passed over unseen, in run order; their timers can be closed.
    /// Empty for unchanged, illegal and failing moves.
    /// </summary>
    public static IReadOnlyList<CyclePhase> Skipped(CyclePhase from, CyclePhase to)
    {
        if (Transition(from, to) != PhaseTransition.Advance || to == CyclePhase.Failed)
        {
            return [];
        }

        var start = Array.IndexOf(s_runOrder, from) + 1;
        return s_runOrder[start..Array.IndexOf(s_runOrder, to)];
    }
}
