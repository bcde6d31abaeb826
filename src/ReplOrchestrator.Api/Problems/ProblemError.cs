using System.Text.Json;
using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Api.Problems;

/// <summary>One input error inside a problem response: where (JSON path), what kind, and a message.</summary>
/// <param name="Path">JSON path into the request body, e.g. <c>$.vms[3].cycle.disks[0].uploadedBytes</c>.</param>
/// <param name="Code">A stable, machine-readable kind (e.g. <c>missingField</c>).</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record ProblemError(string Path, string Code, string Message)
{
    /// <summary>A contract problem as every endpoint reports it; the code is the kind in camel case (<c>invalidValue</c>).</summary>
    public static ProblemError From(ContractProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(problem.Path, JsonNamingPolicy.CamelCase.ConvertName(problem.Kind.ToString()), problem.Message);
    }
}
