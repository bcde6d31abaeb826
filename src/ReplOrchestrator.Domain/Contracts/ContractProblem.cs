namespace ReplOrchestrator.Domain.Contracts;

/// <summary>One problem found in a contract document.</summary>
/// <param name="Path">
/// Where the problem is, as a JSON path from the document root: <c>$</c> for the whole body,
/// <c>$.vms[3].cycle.disks[0].uploadedBytes</c> for a field. Indexes are zero-based.
/// </param>
/// <param name="Kind">The kind of problem, stable for programs.</param>
/// <param name="Message">What is wrong, for people; mentions the offending value where that helps.</param>
public sealed record ContractProblem(string Path, ContractProblemKind Kind, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}
