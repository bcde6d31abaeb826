using System.Text.Json;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Agent.Tests.Support;

/// <summary>An agent's folder: an owner-only key file, a recorded host, a state folder and the configuration file naming them.</summary>
internal sealed class AgentSetup : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public AgentSetup(Uri server, string kind = "HyperVReplica", string key = LocalServer.Key, string interval = "00:00:00.2")
    {
        Directory.CreateDirectory(StateDirectory);
        Directory.CreateDirectory(Path.Combine(Root, "host"));
        Host = new RecordedHost(Path.Combine(Root, "host"));
        File.WriteAllText(KeyFile, key + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        Settings = new Dictionary<string, object?>
        {
            ["serverUrl"] = server.AbsoluteUri,
            ["applianceId"] = LocalServer.ApplianceId,
            ["keyFile"] = KeyFile,
            ["kind"] = kind,
            ["interval"] = interval,
            ["stateDirectory"] = StateDirectory,
            ["host"] = new Dictionary<string, object?> { ["source"] = "Recorded", ["recordedDirectory"] = Host.Folder },
        };
        Write();
    }

    public string Root => _directory.Path;

    public string KeyFile => Path.Combine(Root, "appliance.key");

    public string StateDirectory => Path.Combine(Root, "state");

    public string ConfigFile => Path.Combine(Root, "agent.json");

    public RecordedHost Host { get; }

    public Dictionary<string, object?> Settings { get; }

    public void Write() => File.WriteAllText(ConfigFile, JsonSerializer.Serialize(Settings));

    public void Dispose() => _directory.Dispose();
}
