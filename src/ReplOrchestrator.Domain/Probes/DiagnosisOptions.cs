using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>How long a diagnosis waits for probe results; bound from <c>Repl:Diagnosis</c>.</summary>
public sealed record DiagnosisOptions : IValidatedOptions
{
    /// <summary>
    /// 10 minutes: two heartbeat intervals at the 5-minute heartbeat the deployment is sized for, because a
    /// <c>RunProbes</c> command leaves with one heartbeat's response and its results return with the next.
    /// </summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    /// <summary>How long the diagnosis waits for all probe results before judging with those that arrived.</summary>
    /// <value>Defaults to <see cref="DefaultTimeout"/> (10 min); 1 s to 1 day.</value>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <inheritdoc/>
    public IReadOnlyList<string> Validate() => new OptionRules()
        .Between(nameof(Timeout), Timeout, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1))
        .Problems;
}
