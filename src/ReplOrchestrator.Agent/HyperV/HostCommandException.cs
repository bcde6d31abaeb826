namespace ReplOrchestrator.Agent.HyperV;

/// <summary>A host command (a cmdlet, the service controller, a recorded file) failed; the message is one line for a heartbeat or a log.</summary>
public sealed class HostCommandException : Exception
{
    /// <summary>Creates the exception with its one-line message.</summary>
    public HostCommandException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public HostCommandException()
    {
    }

    /// <summary>Creates the exception with its one-line message and cause.</summary>
    public HostCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
