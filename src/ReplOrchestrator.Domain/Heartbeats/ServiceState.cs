namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>
/// A Windows service's state as the service controller reports it, plus <see cref="NotFound"/>; the
/// agent reports the gateway service (<c>asrgwy</c>) and the Hyper-V management service (<c>vmms</c>).
/// </summary>
public enum ServiceState
{
    /// <summary>The service is running.</summary>
    Running,

    /// <summary>The service is stopped.</summary>
    Stopped,

    /// <summary>The service is starting.</summary>
    StartPending,

    /// <summary>The service is stopping.</summary>
    StopPending,

    /// <summary>The service is paused.</summary>
    Paused,

    /// <summary>The service is pausing.</summary>
    PausePending,

    /// <summary>The service is resuming from a pause.</summary>
    ContinuePending,

    /// <summary>No service of that name is installed.</summary>
    NotFound,
}
