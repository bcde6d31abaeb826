using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>Limits on new silences; bound from <c>Repl:Silences</c>.</summary>
public sealed record SilenceOptions : IValidatedOptions
{
    /// <summary>
    /// 7 days: a week covers a maintenance weekend or a planned migration wave with room to spare; anything longer
    /// is a standing decision that belongs in a recurring window, so a forgotten silence cannot mute a VM for good.
    /// </summary>
    public static readonly TimeSpan DefaultMaxDuration = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a one-off silence may mute from the moment it is created (or from its start, when that is later).
    /// Recurring maintenance windows are not limited by it: each window lasts at most 7 days by their own rule.
    /// </summary>
    /// <value>Defaults to <see cref="DefaultMaxDuration"/> (7 days); 1 minute to 365 days.</value>
    public TimeSpan MaxDuration { get; init; } = DefaultMaxDuration;

    /// <inheritdoc />
    public IReadOnlyList<string> Validate() => new OptionRules()
        .Between(nameof(MaxDuration), MaxDuration, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365))
        .Problems;
}
