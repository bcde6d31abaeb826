namespace ReplOrchestrator.Functions.Tests.StandIn;

/// <summary>The same compressed thresholds for both hosts, so the scenario plays out in seconds.</summary>
internal static class ScenarioSettings
{
    public static readonly TimeSpan Beat = TimeSpan.FromMilliseconds(500);

    // The function app runs on real time behind a stand-in sharing two cores with the test run: eight beats
    // of stall window leave room for a slow turn of the handler without vm-db04 (which keeps moving) looking stalled.

    public static IReadOnlyDictionary<string, string> Values { get; } = new Dictionary<string, string>
    {
        ["Repl:Appliances:0:Id"] = "appl-func",
        ["Repl:Appliances:0:Key"] = "key-of-func",
        ["Repl:Appliances:1:Id"] = "appl-other",
        ["Repl:Appliances:1:Key"] = "key-of-other",
        ["Repl:ApiKeys:0"] = "reader-func",
        ["Repl:Cycle:UploadStallTimeout"] = "00:00:04",
        ["Repl:Cycle:SnapshotTimeout"] = "00:00:05",
        ["Repl:Cycle:DisposeArtefactsTimeout"] = "00:00:05",
        ["Repl:Appliance:HeartbeatTimeout"] = "00:00:20",
        ["Repl:Diagnosis:Timeout"] = "00:00:05",
        ["Repl:Alerts:GroupWait"] = "00:00:00",
        ["Repl:Monitoring:ResolveHold"] = "00:00:01",
    };

    /// <summary>The same settings as environment variables, as app settings reach a function app.</summary>
    public static IReadOnlyDictionary<string, string> Environment =>
        Values.ToDictionary(p => p.Key.Replace(":", "__", StringComparison.Ordinal), p => p.Value);
}
