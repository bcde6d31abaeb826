namespace ReplOrchestrator.Api.Heartbeats;

/// <summary>
/// The task hub refused a valid heartbeat for good (it fits the body limit but not, with its envelope, what
/// the hub stores): sending it again cannot help, unlike an outage. Nothing was taken.
/// </summary>
public sealed class HeartbeatRefusedException : Exception
{
    /// <summary>Creates the exception with the hub's reason.</summary>
    public HeartbeatRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public HeartbeatRefusedException()
    {
    }

    /// <summary>Creates the exception with a reason.</summary>
    public HeartbeatRefusedException(string message)
        : base(message)
    {
    }
}
