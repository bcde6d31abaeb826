using System.Text.Json;
using ReplOrchestrator.Agent.Recorded;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation;

namespace ReplOrchestrator.Local.Demo.Agents;

/// <summary>
/// One agent's folder in the demo's data folder, as an administrator would lay it out: an owner-only key file, a state
/// directory, the recorded host the demo's script writes, and the configuration file naming them.
/// </summary>
internal sealed record DemoAgentFolder(string ConfigFile, RecordedHostWriter Host)
{
    public static DemoAgentFolder Create(string data, ApplianceCredential credential, ApplianceKind kind, Uri server)
    {
        var root = Path.Combine(data, "agents", credential.Id);
        // A fresh agent each run: a bookmark or sequence left by an earlier run over the same --data would skip the script's events.
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        var keyFile = Path.Combine(root, "appliance.key");
        WriteOwnerOnly(keyFile, credential.Key + "\n");
        var host = new RecordedHostWriter(Path.Combine(root, "host"));
        var configuration = new Dictionary<string, object?>
        {
            ["serverUrl"] = server.AbsoluteUri,
            ["applianceId"] = credential.Id,
            ["keyFile"] = keyFile,
            ["kind"] = kind.ToString(),
            ["interval"] = DemoAgentPlan.Interval.ToString("c"),
            ["stateDirectory"] = Path.Combine(root, "state"),
            ["host"] = new Dictionary<string, object?> { ["source"] = "Recorded", ["recordedDirectory"] = host.Folder },
        };
        var configFile = Path.Combine(root, "agent.json");
        File.WriteAllText(configFile, JsonSerializer.Serialize(configuration));
        return new DemoAgentFolder(configFile, host);
    }

    // Created with its final mode, so the key is never readable by others, not even for a moment.
    private static void WriteOwnerOnly(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(path, options);
        writer.Write(content);
    }
}
