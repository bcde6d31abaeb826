namespace ReplOrchestrator.Engine.Hosting;

/// <summary>How the engine runs one activity: name and serialized input in, serialized output or a failure out.</summary>
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
    /// <param name="invocation">What to run.</param>
    /// <param name="cancellationToken">Cancelled when the engine stops or the activity overruns <see cref="EngineOptions.ActivityTimeout"/>.</param>
    ValueTask<ActivityResult> InvokeAsync(ActivityInvocation invocation, CancellationToken cancellationToken);
}
