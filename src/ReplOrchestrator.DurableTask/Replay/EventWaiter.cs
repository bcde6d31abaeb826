namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>One wait for an external event, in its name's queue of waiters.</summary>
internal sealed class EventWaiter(string name) : DurableCompletion
{
    public string Name { get; } = name;

    public LinkedListNode<EventWaiter> Node { get; set; } = null!;
}
