namespace ReplOrchestrator.Workflows.Orchestration;

/// <summary>
/// Counts what an eternal orchestration adds to its history in the current generation, so it can
/// continue as new before the history grows past a few hundred events (every episode replays it).
/// </summary>
internal sealed class GenerationBudget(MonitorOptions options)
{
    private int _signals;
    private int _events;

    /// <summary>True once the generation has handled enough signals or recorded enough events.</summary>
    public bool IsSpent => _signals >= options.MaxSignalsPerGeneration || _events >= options.MaxEventsPerGeneration;

    /// <summary>Records one handled signal and the history events it caused (actions and their results).</summary>
    public void Spend(int historyEvents)
    {
        _signals++;
        // The signal itself, the episode markers, and what its actions add.
        _events += 3 + historyEvents;
    }
}
