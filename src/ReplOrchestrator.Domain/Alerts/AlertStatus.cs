using System.Text.Json.Serialization;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>Whether an alert's condition holds.</summary>
public enum AlertStatus
{
    /// <summary>The condition holds.</summary>
    [JsonStringEnumMemberName("firing")]
    Firing,

    /// <summary>The condition cleared; the alert is kept for history.</summary>
    [JsonStringEnumMemberName("resolved")]
    Resolved,
}
