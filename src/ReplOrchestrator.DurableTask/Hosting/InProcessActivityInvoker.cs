using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.DurableTask.Hosting;

/// <summary>
/// Runs activities in this process: name and JSON input in, JSON output or failure details out.
/// </summary>
/// <remarks>
/// An activity's exception, an input that does not deserialize, and an unknown name (non-retriable)
/// all become <see cref="ActivityResult.Failed"/>. Only cancellation of
/// <c>cancellationToken</c> itself escapes, as <see cref="OperationCanceledException"/>: the host is
/// stopping and the work item should be retried, not failed.
/// </remarks>
public sealed class InProcessActivityInvoker : IActivityInvoker
{
    private readonly DurableTaskRegistry _registry;
    private readonly ILogger _logger;

    /// <summary>Creates an invoker over the registered activities.</summary>
    public InProcessActivityInvoker(DurableTaskRegistry registry, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<InProcessActivityInvoker>();
    }

    /// <inheritdoc />
    public bool IsRegistered(string activityName) => _registry.ContainsActivity(activityName);

    /// <inheritdoc />
    public async ValueTask<ActivityResult> InvokeAsync(ActivityInvocation invocation, CancellationToken cancellationToken)
    {
        if (!_registry.TryGetActivity(invocation.Name, out var activity))
        {
            return Fail(invocation, new TaskNotRegisteredException("activity", invocation.Name), nonRetriable: true);
        }

        var context = new ActivityContext(invocation.Name, invocation.InstanceId, invocation.TaskScheduledId, cancellationToken);
        try
        {
            return ActivityResult.Success(await activity.RunAsync(context, invocation.SerializedInput).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return Fail(invocation, e, nonRetriable: false);
        }
    }

    private ActivityResult Fail(ActivityInvocation invocation, Exception exception, bool nonRetriable)
    {
        var failure = TaskFailureDetails.FromException(exception) with { IsNonRetriable = nonRetriable };
        Log.ActivityFailed(_logger, invocation.Name, invocation.TaskScheduledId, invocation.InstanceId, failure.ErrorType, failure.ErrorMessage);
        return ActivityResult.Failed(failure);
    }
}
