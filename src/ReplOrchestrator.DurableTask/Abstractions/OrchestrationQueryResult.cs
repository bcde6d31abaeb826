namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>One page of a query.</summary>
/// <param name="Instances">The instances on this page, ordered by instance id.</param>
/// <param name="ContinuationToken">Pass it back for the next page; <see langword="null"/> on the last page.</param>
public sealed record OrchestrationQueryResult(
    IReadOnlyList<OrchestrationMetadata> Instances,
    string? ContinuationToken);
