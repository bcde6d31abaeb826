namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>
/// No orchestrator or activity is registered under a requested name. Reported as a non-retriable
/// failure: retrying cannot make the name appear.
/// </summary>
public sealed class TaskNotRegisteredException : Exception
{
    internal TaskNotRegisteredException(string kind, string name)
        : base($"No {kind} named '{name}' is registered.") => Name = name;

    /// <summary>The name that was asked for.</summary>
    public string Name { get; }
}
