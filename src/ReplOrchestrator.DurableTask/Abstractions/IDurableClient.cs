namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>
/// The durable client port: how code outside orchestrations starts, signals, reads and removes
/// orchestration instances. Each host implements it: the embedded engine in-process, the Functions
/// host over the Durable extension's client endpoint.
/// </summary>
/// <remarks>
/// Payloads are JSON text produced with <see cref="DurableJson.Options"/>; the typed overloads in
/// <see cref="DurableClientExtensions"/> serialize for you. Every method is safe to call concurrently.
/// </remarks>
public interface IDurableClient
{
    /// <summary>Starts a new instance with an explicit id.</summary>
    /// <exception cref="InstanceAlreadyExistsException">An unfinished instance has that id.</exception>
    /// <exception cref="ArgumentException">The name is not registered, the id is not valid, or the input is too large.</exception>
    Task StartNewAsync(string orchestratorName, string instanceId, string? serializedInput, CancellationToken cancellationToken = default);

    /// <summary>Starts an instance unless one with that id exists (finished or not); idempotent.</summary>
    /// <returns><see langword="true"/> when this call created the instance.</returns>
    Task<bool> StartIfAbsentAsync(string orchestratorName, string instanceId, string? serializedInput, CancellationToken cancellationToken = default);

    /// <summary>
    /// Delivers an external event. It is stored durably before this returns and is delivered to the
    /// instance exactly once, in the order raised.
    /// </summary>
    /// <exception cref="InstanceNotFoundException">No instance has that id.</exception>
    Task RaiseEventAsync(string instanceId, string eventName, string? serializedData, CancellationToken cancellationToken = default);

    /// <summary>Reads an instance's status, or <see langword="null"/> when there is none.</summary>
    Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of instances that match a query.</summary>
    Task<OrchestrationQueryResult> QueryInstancesAsync(OrchestrationQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stops an instance; a finished instance is left as it is.</summary>
    /// <exception cref="InstanceNotFoundException">No instance has that id.</exception>
    Task TerminateAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Pauses an instance; events raised meanwhile are kept for when it resumes.</summary>
    /// <exception cref="InstanceNotFoundException">No instance has that id.</exception>
    Task SuspendAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Resumes a suspended instance.</summary>
    /// <exception cref="InstanceNotFoundException">No instance has that id.</exception>
    Task ResumeAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Removes a finished instance and its history.</summary>
    /// <returns>How many instances were removed (0 or 1).</returns>
    Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Removes every finished instance that matches a filter.</summary>
    /// <returns>How many instances were removed.</returns>
    Task<int> PurgeInstancesAsync(PurgeFilter filter, CancellationToken cancellationToken = default);
}
