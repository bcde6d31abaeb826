using System.Diagnostics.CodeAnalysis;
using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>Either a valid heartbeat or every problem found in the body; never both.</summary>
public sealed record HeartbeatParseResult
{
    private HeartbeatParseResult(Heartbeat? heartbeat, IReadOnlyList<ContractProblem> problems)
    {
        Heartbeat = heartbeat;
        Problems = problems;
    }

    /// <summary>The heartbeat, when the body broke no rule.</summary>
    public Heartbeat? Heartbeat { get; }

    /// <summary>Every problem found, in document order; empty when <see cref="IsValid"/>.</summary>
    public IReadOnlyList<ContractProblem> Problems { get; }

    /// <summary>Whether the body was a valid heartbeat.</summary>
    [MemberNotNullWhen(true, nameof(Heartbeat))]
    public bool IsValid => Heartbeat is not null;

    /// <summary>Whether the body was rejected unread for its size (an HTTP host answers 413).</summary>
    public bool IsTooLarge => Problems.Any(p => p.Kind == ContractProblemKind.BodyTooLarge);

    internal static HeartbeatParseResult Valid(Heartbeat heartbeat) => new(heartbeat, []);

    internal static HeartbeatParseResult Invalid(IReadOnlyList<ContractProblem> problems) => new(null, problems);
}
