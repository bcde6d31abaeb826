namespace ReplOrchestrator.Functions.Tests.EndToEnd;

/// <summary>The same compressed thresholds for both hosts, so the scenario plays out in a few minutes of driven time.</summary>
internal static class ScenarioSettings
{
    public static readonly TimeSpan Beat = TimeSpan.FromMilliseconds(500);

    public static IReadOnlyDictionary<string, string?> Values { get; } = new Dictionary<string, string?>
    {
        ["Repl:Appliances:0:Id"] = "appl-func",
        ["Repl:Appliances:0:Key"] = "key-of-func-for-the-app-tests",
        ["Repl:Appliances:1:Id"] = "appl-other",
        ["Repl:Appliances:1:Key"] = "key-of-other-for-the-app-tests",
        ["Repl:ApiKeys:0"] = "reader-func-for-the-app-tests",
        ["Repl:Cycle:UploadStallTimeout"] = "00:00:04",
        ["Repl:Cycle:SnapshotTimeout"] = "00:00:05",
        ["Repl:Cycle:DisposeArtefactsTimeout"] = "00:00:05",
        ["Repl:Appliance:HeartbeatTimeout"] = "00:00:20",
        ["Repl:Diagnosis:Timeout"] = "00:00:05",
        ["Repl:Alerts:GroupWait"] = "00:00:00",
        ["Repl:Monitoring:ResolveHold"] = "00:00:01",
        ["ServiceBusConnection:fullyQualifiedNamespace"] = "sb-test.servicebus.windows.net",
    };
}
