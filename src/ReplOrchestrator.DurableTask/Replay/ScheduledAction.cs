namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>What an action or a history event says was scheduled: its kind and, for named kinds, its name.</summary>
internal readonly record struct ScheduledAction(ScheduledKind Kind, string? Name)
{
    public bool Matches(ScheduledAction other) =>
        Kind == other.Kind && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <summary>A noun phrase for messages: "activity 'Upload'", "a timer".</summary>
    public override string ToString() => Kind switch
    {
        ScheduledKind.Activity => $"activity '{Name}'",
        ScheduledKind.SubOrchestration => $"sub-orchestration '{Name}'",
        ScheduledKind.Timer => "a timer",
        ScheduledKind.EventSent => $"event '{Name}' sent",
        _ => "the orchestration's completion",
    };
}
