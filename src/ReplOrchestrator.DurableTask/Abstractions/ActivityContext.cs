namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>Which activity invocation is running.</summary>
/// <param name="Name">The activity's registered name.</param>
/// <param name="InstanceId">The orchestration instance that scheduled it.</param>
/// <param name="TaskScheduledId">
/// The sequence number of the scheduling orchestration's action; -1 when the host does not know it
/// (the Functions activity trigger does not carry it). Together with <paramref name="InstanceId"/> it
/// identifies the invocation across at-least-once retries, which makes it a natural idempotency key.
/// </param>
/// <param name="CancellationToken">Signalled when the host is shutting down; the invocation is then retried later.</param>
public sealed record ActivityContext(string Name, string InstanceId, int TaskScheduledId, CancellationToken CancellationToken);
