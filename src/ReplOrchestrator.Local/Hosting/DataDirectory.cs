namespace ReplOrchestrator.Local.Hosting;

/// <summary>The folder the local host keeps its database and alert journal in.</summary>
internal static class DataDirectory
{
    public const string DatabaseFile = "replorchestrator.db";
    public const string AlertJournalFile = "alerts.jsonl";

    /// <summary>Creates the folder when missing and proves it can be written.</summary>
    /// <exception cref="IOException">The folder cannot be created or written (the message says which and why).</exception>
    public static string Prepare(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            Directory.CreateDirectory(full);
            var probe = Path.Combine(full, $".write-check-{Environment.ProcessId}");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The data directory '{full}' cannot be written: {e.Message}", e);
        }
    }
}
