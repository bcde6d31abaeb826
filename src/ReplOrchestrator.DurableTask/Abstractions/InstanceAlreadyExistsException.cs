namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>An instance with the requested id exists and is not finished.</summary>
public sealed class InstanceAlreadyExistsException : InvalidOperationException
{
    /// <summary>Creates the exception for an instance id.</summary>
    public InstanceAlreadyExistsException(string instanceId)
        : base($"An orchestration instance with id '{instanceId}' already exists.") => InstanceId = instanceId;

    /// <summary>The id that is taken.</summary>
    public string InstanceId { get; }
}
