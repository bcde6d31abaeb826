namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>No instance has the requested id.</summary>
public sealed class InstanceNotFoundException : InvalidOperationException
{
    /// <summary>Creates the exception for an instance id.</summary>
    public InstanceNotFoundException(string instanceId)
        : base($"No orchestration instance with id '{instanceId}' exists.") => InstanceId = instanceId;

    /// <summary>The id that was not found.</summary>
    public string InstanceId { get; }
}
