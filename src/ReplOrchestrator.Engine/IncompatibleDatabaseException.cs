namespace ReplOrchestrator.Engine;

/// <summary>
/// The database file cannot be used by this engine: it is not an engine task hub, its schema is newer
/// than this build or older than it opens, or another engine process has it open. Nothing in the file
/// was changed; the message says what to do.
/// </summary>
public sealed class IncompatibleDatabaseException : Exception
{
    /// <summary>Creates the exception with a message that names the file and the reason.</summary>
    public IncompatibleDatabaseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that revealed the problem.</summary>
    public IncompatibleDatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public IncompatibleDatabaseException()
        : base("The database cannot be used by this engine.")
    {
    }
}
