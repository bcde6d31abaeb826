using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>The <c>PublishAlert</c> activity's input.</summary>
/// <param name="Alert">The alert to publish.</param>
/// <param name="HostName">The VM's host, for host-scoped silences.</param>
public sealed record PublishRequest(Alert Alert, string? HostName);
