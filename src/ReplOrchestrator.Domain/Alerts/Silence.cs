using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>
/// A silence or maintenance window: while it applies, matching alerts still fire and stay visible, but
/// nobody is notified (as with Azure Monitor suppression rules and Alertmanager silences).
/// </summary>
/// <remarks>
/// One-off when <see cref="Recurrence"/> is null: from <see cref="StartsAt"/> to <see cref="EndsAt"/>.
/// Recurring otherwise: inside the weekly windows, from <see cref="StartsAt"/> on and, when set, until
/// <see cref="EndsAt"/>. Check input with <see cref="Validate(DateTimeOffset, SilenceOptions)"/> before storing it.
/// </remarks>
public sealed record Silence
{
    /// <summary>The silence's id (see <see cref="ContractId"/>).</summary>
    public required string Id { get; init; }

    /// <summary>What it covers.</summary>
    public required SilenceScope Scope { get; init; }

    /// <summary>The catalog codes it mutes; empty mutes every code in the scope.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>When it begins to apply.</summary>
    public required DateTimeOffset StartsAt { get; init; }

    /// <summary>When it stops applying; required for a one-off silence, optional for a recurring one.</summary>
    public DateTimeOffset? EndsAt { get; init; }

    /// <summary>The weekly windows of a recurring maintenance window; null for a one-off silence.</summary>
    public RecurringWindow? Recurrence { get; init; }

    /// <summary>Why, and who to ask; shown next to muted alerts.</summary>
    public string? Comment { get; init; }

    /// <summary>Whether the silence mutes an alert for <paramref name="target"/> at <paramref name="at"/>.</summary>
    public bool Mutes(AlertTarget target, DateTimeOffset at) =>
        at >= StartsAt
        && (EndsAt is not { } end || at < end)
        && (Codes.Count == 0 || Codes.Contains(target.Code, StringComparer.Ordinal))
        && Scope.Covers(target)
        && (Recurrence is null || Recurrence.Contains(at));

    /// <summary>Whether the silence mutes <paramref name="alert"/> at <paramref name="at"/>; <paramref name="hostName"/> is its VM's host, for host-scoped silences.</summary>
    public bool IsMuted(Alert alert, DateTimeOffset at, string? hostName = null) => Mutes(AlertTarget.Of(alert, hostName), at);

    /// <summary>Every rule the silence breaks, with JSON paths as a request body would have them; empty when valid.</summary>
    public IReadOnlyList<ContractProblem> Validate() => SilenceValidator.Validate(this);

    /// <summary>
    /// Every rule a silence created at <paramref name="createdAt"/> breaks: those of <see cref="Validate()"/>, and for a
    /// one-off silence, muting for longer than <see cref="SilenceOptions.MaxDuration"/> from then (or from its start,
    /// when that is later). Recurring windows are exempt.
    /// </summary>
    public IReadOnlyList<ContractProblem> Validate(DateTimeOffset createdAt, SilenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. Validate(), .. SilenceValidator.ValidateLength(this, createdAt, options.MaxDuration)];
    }
}
