using System.Collections.Concurrent;
using ReplOrchestrator.Engine.Hosting;

namespace ReplOrchestrator.TestUtilities.Durable;

/// <summary>
/// An <see cref="IActivityInvoker"/> over test functions. An exception thrown by a function becomes a
/// failed result, as the SDK's invoker reports it; <see cref="ActivityInvocationException"/> escapes,
/// standing for an invocation that could not happen at all.
/// </summary>
public sealed class ScriptedActivityInvoker : IActivityInvoker
{
    private readonly Dictionary<string, Func<ActivityInvocation, CancellationToken, ValueTask<string?>>> _activities = new(StringComparer.Ordinal);

    public ConcurrentQueue<ActivityInvocation> Calls { get; } = new();

    public ScriptedActivityInvoker Add(string name, Func<ActivityInvocation, string?> activity)
    {
        _activities[name] = (invocation, _) => ValueTask.FromResult(activity(invocation));
        return this;
    }

    public ScriptedActivityInvoker AddAsync(string name, Func<ActivityInvocation, CancellationToken, ValueTask<string?>> activity)
    {
        _activities[name] = activity;
        return this;
    }

    public bool IsRegistered(string activityName) => _activities.ContainsKey(activityName);

    public async ValueTask<ActivityResult> InvokeAsync(ActivityInvocation invocation, CancellationToken cancellationToken)
    {
        Calls.Enqueue(invocation);
        try
        {
            return ActivityResult.Success(await _activities[invocation.Name](invocation, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception error) when (error is not ActivityInvocationException and not OperationCanceledException)
        {
            return ActivityResult.Failed(error);
        }
    }
}

/// <summary>Thrown by a test activity to stand for an invocation that could not happen (the engine retries).</summary>
public sealed class ActivityInvocationException(string message) : Exception(message);
