using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.Functions.DurableClient;

/// <summary>
/// Uses the loopback gRPC endpoint and, when it cannot be reached (connection refused, reset,
/// HTTP/2 not spoken), the management API — for that call and every later one, since the endpoint
/// of a running host does not come back at another address.
/// </summary>
internal sealed class FallbackDurableClient(IDurableClient primary, IDurableClient fallback) : IDurableClient
{
    private volatile bool _primaryUnreachable;

    /// <summary>True once the primary endpoint failed at the transport level.</summary>
    public bool UsingFallback => _primaryUnreachable;

    /// <inheritdoc />
    public Task StartNewAsync(string orchestratorName, string instanceId, string? serializedInput, CancellationToken cancellationToken = default) =>
        RunAsync(c => c.StartNewAsync(orchestratorName, instanceId, serializedInput, cancellationToken));

    /// <inheritdoc />
    public Task<bool> StartIfAbsentAsync(string orchestratorName, string instanceId, string? serializedInput, CancellationToken cancellationToken = default) =>
        RunAsync(c => c.StartIfAbsentAsync(orchestratorName, instanceId, serializedInput, cancellationToken));

    /// <inheritdoc />
    public Task RaiseEventAsync(string instanceId, string eventName, string? serializedData, CancellationToken cancellationToken = default) =>
        RunAsync(c => c.RaiseEventAsync(instanceId, eventName, serializedData, cancellationToken));

    /// <inheritdoc />
    public Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default) =>
        RunAsync(c => c.GetInstanceAsync(instanceId, getInputsAndOutputs, cancellationToken));

    /// <inheritdoc />
    public Task<OrchestrationQueryResult> QueryInstancesAsync(OrchestrationQuery query, CancellationToken cancellationToken = default) =>
        RunAsync(c => c.QueryInstancesAsync(query, cancellationToken));

    /// <inheritdoc />
    public Task TerminateAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        RunAsync(c => c.TerminateAsync(instanceId, reason, cancellationToken));

    /// <inheritdoc />
    public Task SuspendAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        RunAsync(c => c.SuspendAsync(instanceId, reason, cancellationToken));

    /// <inheritdoc />
    public Task ResumeAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        RunAsync(c => c.ResumeAsync(instanceId, reason, cancellationToken));

    /// <inheritdoc />
    public Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default) =>
        RunAsync(c => c.PurgeInstanceAsync(instanceId, cancellationToken));

    /// <inheritdoc />
    public Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken = default) =>
        RunAsync(c => c.PurgeInstancesAsync(filter, cancellationToken));

    private Task RunAsync(Func<IDurableClient, Task> call) =>
        RunAsync(async c =>
        {
            await call(c).ConfigureAwait(false);
            return true;
        });

    private async Task<T> RunAsync<T>(Func<IDurableClient, Task<T>> call)
    {
        if (!_primaryUnreachable)
        {
            try
            {
                return await call(primary).ConfigureAwait(false);
            }
            catch (HttpRequestException e) when (e.StatusCode is null)
            {
                // No HTTP status means the request never got an answer: the endpoint is unreachable.
                _primaryUnreachable = true;
            }
        }

        return await call(fallback).ConfigureAwait(false);
    }
}
