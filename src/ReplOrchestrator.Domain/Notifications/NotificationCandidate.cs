using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>An alert to route, with the host its VM runs on (which the alert itself does not carry).</summary>
/// <param name="Alert">The alert, after silences and inhibition let it through.</param>
/// <param name="Host">The VM's host as last reported; null when unknown or for an appliance-level alert.</param>
public readonly record struct NotificationCandidate(Alert Alert, string? Host);
