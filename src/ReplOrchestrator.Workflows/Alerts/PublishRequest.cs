using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>The <c>PublishAlert</c> activity's input.</summary>
/// <param name="Alert">The alert to publish.</param>
/// <param name="HostName">The VM's host, for host-scoped silences and the <c>host</c> label of routes.</param>
public sealed record PublishRequest(Alert Alert, string? HostName)
{
    /// <summary>Identifies this publish to the notification groups, which ignore a redelivery; null from lifecycles older than notifications.</summary>
    public string? SignalId { get; init; }

    /// <summary>The keys of the notification groups that hold the alert since its last publish.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];
}
