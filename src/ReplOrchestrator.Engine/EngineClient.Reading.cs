using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Engine.Runtime;
using ReplOrchestrator.Engine.Storage;

namespace ReplOrchestrator.Engine;

/// <summary>Reading, waiting for and purging instances.</summary>
internal sealed partial class EngineClient
{
    /// <summary>The largest page a query may ask for.</summary>
    public const int MaxPageSize = 1000;

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        await ensureOpen(cancellation).ConfigureAwait(false);
        var record = await store.GetInstanceAsync(instanceId, getInputsAndOutputs).WaitAsync(cancellation).ConfigureAwait(false);
        return record is null ? null : ToMetadata(record);
    }

    /// <remarks>
    /// Pages are in instance id order; <see cref="OrchestrationQuery.CreatedTo"/> is exclusive. A page holds
    /// at most <see cref="OrchestrationQuery.PageSize"/> instances (1 to 1,000).
    /// </remarks>
    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
    {
        var query = filter ?? new OrchestrationQuery();
        return Pageable.Create<OrchestrationMetadata>((token, pageSize, cancellation) =>
            QueryPageAsync(query with { PageSize = pageSize ?? query.PageSize }, token ?? query.ContinuationToken, cancellation));
    }

    /// <remarks>Waits for committed episodes: with the engine stopped, it waits until someone runs it.</remarks>
    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        WaitForAsync(instanceId, getInputsAndOutputs, m => m.RuntimeStatus != OrchestrationRuntimeStatus.Pending, cancellation);

    /// <remarks>Completed, failed or terminated. Waits for committed episodes: with the engine stopped, it waits until someone runs it.</remarks>
    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        WaitForAsync(instanceId, getInputsAndOutputs, m => m.IsCompleted, cancellation);

    /// <remarks>Only a finished instance is purged. Recursive purging is not supported.</remarks>
    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        RefuseRecursive(options);
        await ensureOpen(cancellation).ConfigureAwait(false);
        return new PurgeResult(await store.PurgeAsync(instanceId, null).WaitAsync(cancellation).ConfigureAwait(false));
    }

    /// <remarks>
    /// Only finished instances are purged; no statuses means every finished one. <see cref="PurgeInstancesFilter.CreatedTo"/>
    /// is exclusive. Recursive purging is not supported.
    /// </remarks>
    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        RefuseRecursive(options);
        await ensureOpen(cancellation).ConfigureAwait(false);
        return new PurgeResult(await store.PurgeAsync(null, filter).WaitAsync(cancellation).ConfigureAwait(false));
    }

    private static void RefuseRecursive(PurgeInstanceOptions? options)
    {
        if (options?.Recursive == true)
        {
            throw new NotSupportedException("The embedded engine does not purge sub-orchestrations with their parent (PurgeInstanceOptions.Recursive).");
        }
    }

    private async Task<Page<OrchestrationMetadata>> QueryPageAsync(OrchestrationQuery query, string? token, CancellationToken cancellation)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, MaxPageSize, nameof(query));
        var after = token is null ? null : ContinuationTokens.Decode(token);
        await ensureOpen(cancellation).ConfigureAwait(false);
        var (page, last) = await store.QueryAsync(query, after).WaitAsync(cancellation).ConfigureAwait(false);
        return new Page<OrchestrationMetadata>([.. page.Select(ToMetadata)], last is null ? null : ContinuationTokens.Encode(last));
    }

    private async Task<OrchestrationMetadata> WaitForAsync(
        string instanceId, bool getInputsAndOutputs, Func<OrchestrationMetadata, bool> reached, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        while (true)
        {
            // Register before reading: a commit in between still wakes us.
            var changed = waiters.WaitAsync(instanceId);
            // Every committed episode wakes this: read only the status until it is reached, the payloads once.
            var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs: false, cancellation).ConfigureAwait(false)
                ?? throw InstanceNotFound(instanceId);
            if (reached(metadata))
            {
                return getInputsAndOutputs
                    ? await GetInstancesAsync(instanceId, getInputsAndOutputs: true, cancellation).ConfigureAwait(false) ?? metadata
                    : metadata;
            }

            await changed.WaitAsync(cancellation).ConfigureAwait(false);
        }
    }

    private OrchestrationMetadata ToMetadata(InstanceRecord record) => new(record.Name, record.InstanceId)
    {
        DataConverter = engineOptions.DataConverter,
        RuntimeStatus = (OrchestrationRuntimeStatus)record.Status,
        CreatedAt = record.CreatedAt,
        LastUpdatedAt = record.UpdatedAt,
        SerializedInput = record.Input,
        SerializedOutput = record.Output,
        SerializedCustomStatus = record.CustomStatus,
        FailureDetails = record.Failure is { } failure ? FailureDetails.ToSdk(failure) : null,
    };
}
