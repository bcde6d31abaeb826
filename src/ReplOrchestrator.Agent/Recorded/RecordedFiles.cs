namespace ReplOrchestrator.Agent.Recorded;

/// <summary>The files a recorded host folder holds, each in the shape the live command prints.</summary>
internal static class RecordedFiles
{
    /// <summary><c>{ "asrgwy": "Running" }</c>: service states by name; a service not listed is NotFound.</summary>
    public const string Services = "services.json";

    /// <summary>What <see cref="HyperV.PowerShellCommands.GetReplication"/> prints (<c>ConvertTo-Json</c>).</summary>
    public const string Replication = "Get-VMReplication.json";

    /// <summary>What <see cref="HyperV.PowerShellCommands.ReadEvents"/> prints (event XML records).</summary>
    public const string Events = "vmms-events.xml";

    /// <summary>The text of <paramref name="name"/> in <paramref name="folder"/>, or null when it does not exist.</summary>
    public static string? Read(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }
}
