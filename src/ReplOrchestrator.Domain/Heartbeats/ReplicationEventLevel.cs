namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>The level of a Windows event-log entry.</summary>
public enum ReplicationEventLevel
{
    /// <summary>Critical.</summary>
    Critical,

    /// <summary>Error.</summary>
    Error,

    /// <summary>Warning.</summary>
    Warning,

    /// <summary>Information.</summary>
    Information,

    /// <summary>Verbose.</summary>
    Verbose,
}
