using System.Collections.Concurrent;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ReplOrchestrator.Engine.Hosting;

/// <summary>
/// Runs activities with Microsoft's Durable Task SDK: the activity comes from the worker's
/// <see cref="IDurableTaskFactory"/> in a fresh DI scope, and the SDK's activity shim unwraps and
/// deserializes its input and serializes its output with the worker's data converter.
/// </summary>
/// <remarks>
/// An exception thrown by the activity (or by creating it) becomes a failed <see cref="ActivityResult"/>
/// with the exception's type full name, message, stack trace and inner exceptions. Only cancellation of
/// the invocation's own token escapes: the engine is stopping and runs the activity again later. The
/// SDK's activities take no cancellation token, so an activity that overruns keeps running after the
/// engine has stopped waiting for it.
/// </remarks>
public sealed class SdkActivityInvoker : IActivityInvoker
{
    private readonly IDurableTaskFactory _factory;
    private readonly IServiceProvider _services;
    private readonly DurableTaskShimFactory _shims;
    private readonly ConcurrentDictionary<string, bool> _registered = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates an invoker over the activities a worker registered.</summary>
    /// <param name="factory">Creates activities by name (the worker's, as its build target receives it).</param>
    /// <param name="services">The host's services: each activity is created in a scope of them.</param>
    /// <param name="workerOptions">The worker's options; their data converter serializes activity payloads.</param>
    /// <param name="loggerFactory">For the SDK's activity logs; none when omitted.</param>
    public SdkActivityInvoker(IDurableTaskFactory factory, IServiceProvider services, DurableTaskWorkerOptions workerOptions, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(workerOptions);
        _factory = factory;
        _services = services;
        _shims = new DurableTaskShimFactory(workerOptions, loggerFactory ?? NullLoggerFactory.Instance);
    }

    /// <inheritdoc />
    /// <remarks>Names are case-insensitive, as the SDK's registry has them. The answer is kept: registrations do not change.</remarks>
    public bool IsRegistered(string activityName) =>
        _registered.GetOrAdd(activityName, name =>
        {
            using var scope = _services.CreateScope();
            return _factory.TryCreateActivity(new TaskName(name), scope.ServiceProvider, out _);
        });

    /// <inheritdoc />
    public async ValueTask<ActivityResult> InvokeAsync(ActivityInvocation invocation, CancellationToken cancellationToken)
    {
        var name = new TaskName(invocation.Name);
        var scope = _services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            try
            {
                if (!_factory.TryCreateActivity(name, scope.ServiceProvider, out var activity))
                {
                    throw new InvalidOperationException($"No activity named '{invocation.Name}' is registered with the worker.");
                }

                var context = new TaskContext(new OrchestrationInstance { InstanceId = invocation.InstanceId }, invocation.Name, null, invocation.TaskScheduledId);
                var output = await _shims.CreateActivity(name, activity).RunAsync(context, invocation.SerializedInput).ConfigureAwait(false);
                return ActivityResult.Success(output);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // Whatever the activity throws is its failure, reported to the orchestration.
            catch (Exception error)
#pragma warning restore CA1031
            {
                return ActivityResult.Failed(error);
            }
        }
    }
}
