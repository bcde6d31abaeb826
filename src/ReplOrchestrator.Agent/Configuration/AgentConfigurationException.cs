namespace ReplOrchestrator.Agent.Configuration;

/// <summary>The agent cannot start as configured; the message is one line for the console or the service log, and never holds a secret.</summary>
public sealed class AgentConfigurationException : Exception
{
    /// <summary>Creates the exception with its one-line message.</summary>
    public AgentConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public AgentConfigurationException()
    {
    }

    /// <summary>Creates the exception with its one-line message and cause.</summary>
    public AgentConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
