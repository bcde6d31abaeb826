namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>
/// An activity or sub-orchestration that an orchestration awaited has failed. Thrown into the
/// orchestrator at the await; an orchestrator that does not catch it fails with this failure as the
/// inner failure of its own.
/// </summary>
public sealed class TaskFailedException : Exception
{
    /// <summary>Creates the exception for a failed task.</summary>
    /// <param name="taskName">The activity or orchestrator name.</param>
    /// <param name="taskId">The sequence number of the action that scheduled it.</param>
    /// <param name="failureDetails">Why it failed, as reported by the activity or child.</param>
    public TaskFailedException(string taskName, int taskId, TaskFailureDetails failureDetails)
        : base($"Task '{taskName}' (#{taskId}) failed: {failureDetails}")
    {
        ArgumentNullException.ThrowIfNull(failureDetails);
        TaskName = taskName;
        TaskId = taskId;
        FailureDetails = failureDetails;
    }

    /// <summary>The activity or orchestrator name.</summary>
    public string TaskName { get; }

    /// <summary>The sequence number of the action that scheduled the task.</summary>
    public int TaskId { get; }

    /// <summary>Why the task failed.</summary>
    public TaskFailureDetails FailureDetails { get; }
}
