namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>Which finished instances a purge removes.</summary>
public sealed record PurgeFilter
{
    /// <summary>Only instances created at or after this time.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only instances created before this time.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>Only instances in one of these statuses; empty means every terminal status.</summary>
    public IReadOnlyCollection<OrchestrationRuntimeStatus> RuntimeStatuses { get; init; } = [];
}
