namespace ReplOrchestrator.Domain.Catalog;

/// <summary>One documented reason for an error, with the probes that test it.</summary>
/// <param name="Id">Stable within its entry, kebab-case (for example <c>storage-unreachable</c>); actions refer to it.</param>
/// <param name="Description">The cause, for people.</param>
/// <param name="Probes">The probes that test it; empty when no probe can.</param>
/// <param name="DependsOn">
/// The id of an earlier cause of the same entry that, when confirmed, makes this one impossible to
/// judge (probes of a down appliance cannot run; port 902 cannot be tested for a name that does not resolve).
/// </param>
public sealed record ProbableCause(string Id, string Description, IReadOnlyList<ProbeRule> Probes, string? DependsOn = null);
