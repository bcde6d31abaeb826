using System.Text.Json.Serialization;
using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>An alert in a group, with the labels it was routed by (its host, product and effective severity).</summary>
/// <param name="Alert">The alert as the lifecycle holds it.</param>
/// <param name="Labels">Its labels at routing time.</param>
public sealed record LabeledAlert(Alert Alert, AlertLabels Labels)
{
    /// <summary>Whether escalation routed it above its own severity.</summary>
    [JsonIgnore]
    public bool IsEscalated => Labels.Severity != Alert.Severity.ToString();
}
