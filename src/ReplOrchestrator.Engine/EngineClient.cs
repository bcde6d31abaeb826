using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.Hosting;
using ReplOrchestrator.Engine.Runtime;
using ReplOrchestrator.Engine.Storage;
using ReplOrchestrator.Engine.Workers;

namespace ReplOrchestrator.Engine;

/// <summary>
/// The engine's <see cref="DurableTaskClient"/>, in process: validates, then commits; a call returns
/// once what it changed is durable. Payloads are serialized with <see cref="EngineOptions.DataConverter"/>.
/// </summary>
/// <remarks>
/// Bad input (invalid id or name, unknown orchestrator, payload over <see cref="EngineOptions.MaxPayloadBytes"/>)
/// throws <see cref="ArgumentException"/> and stores nothing. An instance id that is taken throws
/// <see cref="InvalidOperationException"/>, and so does signalling an instance that does not exist.
/// Cancelling a call stops the wait, not a change already handed to the database.
/// </remarks>
internal sealed partial class EngineClient(
    IEngineStore store,
    IOrchestrationInvoker orchestrations,
    EngineOptions engineOptions,
    TimeProvider time,
    EngineSignals signals,
    InstanceWaiters waiters,
    Func<CancellationToken, Task> ensureOpen) : DurableTaskClient(ClientName)
{
    /// <summary>The client's <see cref="DurableTaskClient.Name"/>.</summary>
    public const string ClientName = "embedded-engine";

    /// <remarks>
    /// An unfinished instance with the id, or a finished one whose status is in
    /// <see cref="StartOrchestrationOptions.DedupeStatuses"/>, makes it throw <see cref="InvalidOperationException"/>;
    /// a finished one in any other status is replaced. <see cref="StartOrchestrationOptions.StartAt"/> in the future is not supported.
    /// </remarks>
    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        var name = orchestratorName.Name;
        var instanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N");
        var serializedInput = Serialize(input);
        Require(InputRules.CheckName(name, "orchestrator"), nameof(orchestratorName));
        Require(InputRules.CheckInstanceId(instanceId), nameof(options));
        Require(InputRules.CheckPayload(serializedInput, engineOptions.MaxPayloadBytes, "orchestration input"), nameof(input));
        var keep = DedupeStatuses.Parse(options?.DedupeStatuses);
        if (options?.StartAt is { } startAt && startAt > time.GetUtcNow())
        {
            throw new NotSupportedException("The embedded engine starts instances at once; StartOrchestrationOptions.StartAt in the future is not supported.");
        }

        if (!orchestrations.IsRegistered(name))
        {
            throw new ArgumentException($"No orchestrator named '{name}' is registered.", nameof(orchestratorName));
        }

        await ensureOpen(cancellation).ConfigureAwait(false);
        var started = HistoryEvents.ExecutionStarted(time.GetUtcNow(), name, instanceId, ExecutionIds.New(), serializedInput, options?.Version?.Version);
        foreach (var (key, value) in options?.Tags ?? new Dictionary<string, string>())
        {
            started.ExecutionStarted.Tags[key] = value;
        }

        switch (await store.CreateInstanceAsync(started, keep).WaitAsync(cancellation).ConfigureAwait(false))
        {
            case CreateOutcome.Created:
                signals.Orchestrations.Pulse();
                return instanceId;
            case CreateOutcome.ExistsUnfinished:
                throw new InvalidOperationException($"An orchestration instance with id '{instanceId}' exists and has not finished.");
            default:
                throw new InvalidOperationException($"An orchestration instance with id '{instanceId}' exists in a status listed in DedupeStatuses.");
        }
    }

    /// <remarks>Stored durably before this returns, and delivered to the instance once, in the order raised. A finished instance ignores it.</remarks>
    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        var data = Serialize(eventPayload);
        Require(InputRules.CheckName(eventName, "event"), nameof(eventName));
        Require(InputRules.CheckPayload(data, engineOptions.MaxPayloadBytes, "event data"), nameof(eventPayload));
        return DeliverAsync(instanceId, HistoryEvents.EventRaised(time.GetUtcNow(), eventName, data), cancellation);
    }

    /// <remarks>The output (<see cref="TerminateInstanceOptions.Output"/>) becomes the instance's output. Recursive termination is not supported.</remarks>
    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        if (options?.Recursive == true)
        {
            throw new NotSupportedException("The embedded engine does not terminate sub-orchestrations with their parent (TerminateInstanceOptions.Recursive).");
        }

        var output = Serialize(options?.Output);
        Require(InputRules.CheckPayload(output, engineOptions.MaxPayloadBytes, "termination output"), nameof(options));
        return DeliverAsync(instanceId, HistoryEvents.ExecutionTerminated(time.GetUtcNow(), output), cancellation);
    }

    /// <remarks>Events raised while it is suspended are kept until it resumes.</remarks>
    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        Require(InputRules.CheckPayload(reason, engineOptions.MaxPayloadBytes, "suspension reason"), nameof(reason));
        return DeliverAsync(instanceId, HistoryEvents.ExecutionSuspended(time.GetUtcNow(), reason), cancellation);
    }

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        Require(InputRules.CheckPayload(reason, engineOptions.MaxPayloadBytes, "resumption reason"), nameof(reason));
        return DeliverAsync(instanceId, HistoryEvents.ExecutionResumed(time.GetUtcNow(), reason), cancellation);
    }

    /// <summary>Nothing to release: the engine owns the database.</summary>
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static InvalidOperationException InstanceNotFound(string instanceId) =>
        new($"No orchestration instance with id '{instanceId}' exists.");

    private static void Require(string? error, string parameterName)
    {
        if (error is not null)
        {
            throw new ArgumentException(error, parameterName);
        }
    }

    private string? Serialize(object? value) => value is null ? null : engineOptions.DataConverter.Serialize(value);

    private async Task DeliverAsync(string instanceId, HistoryEvent message, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        await ensureOpen(cancellation).ConfigureAwait(false);
        switch (await store.EnqueueAsync(instanceId, message).WaitAsync(cancellation).ConfigureAwait(false))
        {
            case EnqueueOutcome.NotFound:
                throw InstanceNotFound(instanceId);
            case EnqueueOutcome.Enqueued:
                signals.Orchestrations.Pulse();
                break;
            default:
                // A finished instance is left as it is.
                break;
        }
    }
}
