using System.Text;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.Engine.Runtime;
using ReplOrchestrator.Engine.Storage;
using ReplOrchestrator.Engine.Workers;

namespace ReplOrchestrator.Engine;

/// <summary>
/// The durable client in-process: validates, then commits. Bad input throws
/// <see cref="ArgumentException"/> and stores nothing. Cancelling a call stops the wait, not a change
/// already handed to the database.
/// </summary>
internal sealed class EngineClient(
    IEngineStore store,
    IOrchestrationInvoker orchestrations,
    EngineOptions options,
    TimeProvider time,
    EngineSignals signals,
    Func<CancellationToken, Task> ensureOpen) : IDurableClient
{
    public async Task StartNewAsync(string orchestratorName, string instanceId, string? serializedInput, CancellationToken cancellationToken = default)
    {
        if (await CreateAsync(orchestratorName, instanceId, serializedInput, replaceFinished: true, cancellationToken).ConfigureAwait(false)
            == CreateOutcome.ExistsUnfinished)
        {
            throw new InstanceAlreadyExistsException(instanceId);
        }
    }

    public async Task<bool> StartIfAbsentAsync(string orchestratorName, string instanceId, string? serializedInput, CancellationToken cancellationToken = default) =>
        await CreateAsync(orchestratorName, instanceId, serializedInput, replaceFinished: false, cancellationToken).ConfigureAwait(false)
            == CreateOutcome.Created;

    public Task RaiseEventAsync(string instanceId, string eventName, string? serializedData, CancellationToken cancellationToken = default)
    {
        Require(InputRules.CheckName(eventName, "event"), nameof(eventName));
        RequireSize(InputRules.CheckPayload(serializedData, options.MaxPayloadBytes, "event data"), nameof(serializedData));
        Require(InputRules.CheckJson(serializedData, "event data"), nameof(serializedData));
        return DeliverAsync(instanceId, HistoryEvents.EventRaised(time.GetUtcNow(), eventName, serializedData), cancellationToken);
    }

    public Task TerminateAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        RequireSize(InputRules.CheckPayload(reason, options.MaxPayloadBytes, "termination reason"), nameof(reason));
        return DeliverAsync(instanceId, HistoryEvents.ExecutionTerminated(time.GetUtcNow(), reason), cancellationToken);
    }

    public Task SuspendAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        RequireSize(InputRules.CheckPayload(reason, options.MaxPayloadBytes, "suspension reason"), nameof(reason));
        return DeliverAsync(instanceId, HistoryEvents.ExecutionSuspended(time.GetUtcNow(), reason), cancellationToken);
    }

    public Task ResumeAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        RequireSize(InputRules.CheckPayload(reason, options.MaxPayloadBytes, "resumption reason"), nameof(reason));
        return DeliverAsync(instanceId, HistoryEvents.ExecutionResumed(time.GetUtcNow(), reason), cancellationToken);
    }

    public async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        await ensureOpen(cancellationToken).ConfigureAwait(false);
        var record = await store.GetInstanceAsync(instanceId, getInputsAndOutputs).WaitAsync(cancellationToken).ConfigureAwait(false);
        return record is null ? null : ToMetadata(record);
    }

    public async Task<OrchestrationQueryResult> QueryInstancesAsync(OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, OrchestrationQuery.MaxPageSize, nameof(query));
        var after = query.ContinuationToken is { } token ? ContinuationTokens.Decode(token) : null;
        await ensureOpen(cancellationToken).ConfigureAwait(false);
        var (page, last) = await store.QueryAsync(query, after).WaitAsync(cancellationToken).ConfigureAwait(false);
        return new OrchestrationQueryResult(page.Select(ToMetadata).ToList(), last is null ? null : ContinuationTokens.Encode(last));
    }

    public async Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        await ensureOpen(cancellationToken).ConfigureAwait(false);
        return await store.PurgeAsync(instanceId, null).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await ensureOpen(cancellationToken).ConfigureAwait(false);
        return await store.PurgeAsync(null, filter).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<CreateOutcome> CreateAsync(
        string orchestratorName, string instanceId, string? serializedInput, bool replaceFinished, CancellationToken cancellationToken)
    {
        Require(InputRules.CheckName(orchestratorName, "orchestrator"), nameof(orchestratorName));
        Require(InputRules.CheckInstanceId(instanceId), nameof(instanceId));
        RequireSize(InputRules.CheckPayload(serializedInput, options.MaxPayloadBytes, "orchestration input"), nameof(serializedInput));
        Require(InputRules.CheckJson(serializedInput, "orchestration input"), nameof(serializedInput));
        if (!orchestrations.IsRegistered(orchestratorName))
        {
            throw new ArgumentException($"No orchestrator named '{orchestratorName}' is registered.", nameof(orchestratorName));
        }

        await ensureOpen(cancellationToken).ConfigureAwait(false);
        var started = HistoryEvents.ExecutionStarted(time.GetUtcNow(), orchestratorName, instanceId, ExecutionIds.New(), serializedInput);
        var outcome = await store.CreateInstanceAsync(started, replaceFinished).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (outcome == CreateOutcome.Created)
        {
            signals.Orchestrations.Pulse();
        }

        return outcome;
    }

    private async Task DeliverAsync(string instanceId, HistoryEvent message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        await ensureOpen(cancellationToken).ConfigureAwait(false);
        var outcome = await store.EnqueueAsync(instanceId, message).WaitAsync(cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case EnqueueOutcome.NotFound:
                throw new InstanceNotFoundException(instanceId);
            case EnqueueOutcome.Enqueued:
                signals.Orchestrations.Pulse();
                break;
            default:
                // A finished instance is left as it is (IDurableClient's contract).
                break;
        }
    }

    private static void Require(string? error, string parameterName)
    {
        if (error is not null)
        {
            throw new ArgumentException(error, parameterName);
        }
    }

    private static void RequireSize(string? error, string parameterName)
    {
        if (error is not null)
        {
            throw new PayloadTooLargeException(error, parameterName);
        }
    }

    private static OrchestrationMetadata ToMetadata(InstanceRecord record) =>
        new(record.InstanceId, record.Name, (OrchestrationRuntimeStatus)record.Status, record.CreatedAt, record.UpdatedAt)
        {
            SerializedInput = record.Input,
            SerializedOutput = record.Output,
            SerializedCustomStatus = record.CustomStatus,
            FailureDetails = record.Failure?.ToFailureDetails(),
        };

    private static class ContinuationTokens
    {
        public static string Encode(string lastInstanceId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(lastInstanceId));

        public static string Decode(string token)
        {
            try
            {
                return Encoding.UTF8.GetString(Convert.FromBase64String(token));
            }
            catch (FormatException error)
            {
                throw new ArgumentException("The continuation token is not one this engine issued.", nameof(token), error);
            }
        }
    }
}
