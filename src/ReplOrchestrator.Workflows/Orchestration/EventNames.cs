namespace ReplOrchestrator.Workflows.Orchestration;

/// <summary>
/// Every orchestration here listens on one event name and tells signals apart by their payload's
/// kind. One waiter per orchestration means no abandoned waiter can swallow an event meant for a
/// later wait, and signals keep their arrival order across kinds.
/// </summary>
public static class EventNames
{
    /// <summary>The one event name every workflow orchestration receives.</summary>
    public const string Signal = "signal";
}
