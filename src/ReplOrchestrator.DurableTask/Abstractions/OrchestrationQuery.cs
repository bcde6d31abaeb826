namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>A filter over orchestration instances, read one page at a time.</summary>
public sealed record OrchestrationQuery
{
    /// <summary>Largest page a query may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Only instances whose id starts with this text (ordinal).</summary>
    public string? InstanceIdPrefix { get; init; }

    /// <summary>Only instances in one of these statuses; empty means any.</summary>
    public IReadOnlyCollection<OrchestrationRuntimeStatus> RuntimeStatuses { get; init; } = [];

    /// <summary>Only instances created at or after this time.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Only instances created before this time.</summary>
    public DateTimeOffset? CreatedTo { get; init; }

    /// <summary>How many instances a page holds at most.</summary>
    /// <value>Defaults to 100; at most <see cref="MaxPageSize"/>.</value>
    public int PageSize { get; init; } = 100;

    /// <summary>The token of the previous page's result, or <see langword="null"/> for the first page.</summary>
    public string? ContinuationToken { get; init; }

    /// <summary>Whether to return inputs, outputs and custom status.</summary>
    public bool FetchInputsAndOutputs { get; init; }
}
