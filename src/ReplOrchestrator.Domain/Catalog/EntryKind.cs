namespace ReplOrchestrator.Domain.Catalog;

/// <summary>What a catalog entry is recognised from.</summary>
public enum EntryKind
{
    /// <summary>An error a cycle reports, by numeric id, name or message.</summary>
    Error,

    /// <summary>One event-log event id.</summary>
    Event,

    /// <summary>A set of events that appear together and share one explanation.</summary>
    Situation,

    /// <summary>A condition the monitor detects itself: a timer, a state, a service, a missing heartbeat.</summary>
    Condition,
}
