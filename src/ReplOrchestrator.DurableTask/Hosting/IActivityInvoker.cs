namespace ReplOrchestrator.DurableTask.Hosting;

/// <summary>How an engine runs one activity: name and JSON input in, JSON output or a failure out.</summary>
/// <remarks>
/// Activities are delivered at least once: after a crash an activity that ran may run again, so an
/// activity's effect must be safe to repeat. An implementation reports an activity's exception as a
/// failed <see cref="ActivityResult"/>; it throws only when the invocation itself could not happen
/// (the engine then retries the work item).
/// </remarks>
public interface IActivityInvoker
{
    /// <summary>True when an activity with this name can be run.</summary>
    bool IsRegistered(string activityName);

    /// <summary>Runs one activity.</summary>
    ValueTask<ActivityResult> InvokeAsync(ActivityInvocation invocation, CancellationToken cancellationToken);
}
