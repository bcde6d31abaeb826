namespace ReplOrchestrator.Domain.Notifications.Teams;

/// <summary>What a Teams card may link to and how large it may grow.</summary>
public sealed record TeamsCardOptions
{
    /// <summary>The largest serialized message, in bytes of UTF-8 JSON.</summary>
    /// <value>
    /// Defaults to 28,000: Teams Workflows webhooks answer 413 above about 28 KB. Longer groups are cut with an
    /// "…and N more" line, never refused.
    /// </value>
    public int MaxBytes { get; init; } = 28_000;

    /// <summary>
    /// The dashboard's page for one VM, with <c>{applianceId}</c> and <c>{vmId}</c> placeholders (escaped when
    /// filled in); null while there is no dashboard, and then the card links only to documentation.
    /// </summary>
    public string? DashboardVmUrl { get; init; }
}
