namespace ReplOrchestrator.Domain.Notifications;

/// <summary>What every notification of a group (a Teams card, a mail) may link to.</summary>
public record NotificationContentOptions
{
    /// <summary>
    /// The dashboard's page for one VM, with <c>{applianceId}</c> and <c>{vmId}</c> placeholders (escaped when
    /// filled in); null while there is no dashboard, and then notifications link only to documentation.
    /// </summary>
    public string? DashboardVmUrl { get; init; }
}
