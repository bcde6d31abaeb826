namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>What an alert lifecycle is told.</summary>
public enum AlertSignalKind
{
    /// <summary>The condition holds (new, recurring or with new information).</summary>
    Fire,

    /// <summary>The condition cleared.</summary>
    Resolve,
}
