using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Local.Demo;

/// <summary>One notification the demo's alerts topic carried; an update is a firing alert published again (most often with its diagnosis).</summary>
internal sealed record PublishedAlert(Alert Alert, bool IsUpdate)
{
    public string Change => Alert.Status == AlertStatus.Resolved ? "resolved" : IsUpdate ? "updated" : "firing";
}
