namespace ReplOrchestrator.Engine;

/// <summary>
/// A worker tried to commit a work item whose lock it no longer holds: the lock expired and another
/// worker took the item over. The commit is rolled back whole; the other worker's result stands.
/// </summary>
public sealed class WorkItemLockLostException : Exception
{
    /// <summary>Creates the exception for a work item.</summary>
    public WorkItemLockLostException(string workItem)
        : base($"The lock on {workItem} was lost: it expired and another worker took the item over. Nothing was committed.")
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public WorkItemLockLostException()
        : base("The lock on a work item was lost. Nothing was committed.")
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public WorkItemLockLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
