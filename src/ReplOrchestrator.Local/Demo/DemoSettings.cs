using System.Globalization;
using System.Security.Cryptography;
using ReplOrchestrator.Local.Simulation;

namespace ReplOrchestrator.Local.Demo;

/// <summary>
/// The demo's fleet and timings: every threshold compressed so each seed situation plays out, is
/// detected, diagnosed and (mostly) resolved within about two minutes, with a one-second heartbeat.
/// </summary>
internal static class DemoSettings
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(1);

    /// <summary>How often the ARM demo's vault is polled: a few seconds, under the 5-second heartbeat timeout, since each poll is the vault's heartbeat.</summary>
    public static readonly TimeSpan ArmPollInterval = TimeSpan.FromSeconds(2);

    public const int Appliances = 5;
    public const int VmsPerAppliance = 3;

    public static readonly IReadOnlyList<string> Scenarios =
    [
        Simulation.Scenarios.ScenarioNames.UploadStall,
        Simulation.Scenarios.ScenarioNames.DisposeHang,
        Simulation.Scenarios.ScenarioNames.ApplianceSilent,
        Simulation.Scenarios.ScenarioNames.HostConnectionRefused,
        Simulation.Scenarios.ScenarioNames.CbtReset,
        Simulation.Scenarios.ScenarioNames.HyperVSuspendedAtShutdown,
        Simulation.Scenarios.ScenarioNames.HyperVReplicaBackup,
    ];

    /// <summary>
    /// Fresh credentials for the simulated appliances and the viewer: made up per run, never stored, 192 bits each. The
    /// viewer's is an operator key, because the demo sets up the replica host's backup window.
    /// </summary>
    public static (IReadOnlyList<ApplianceCredential> Appliances, string OperatorKey) Credentials() =>
        (CredentialsFor(Enumerable.Range(1, Appliances).Select(i => string.Create(CultureInfo.InvariantCulture, $"demo-appl-{i:00}"))), NewKey());

    /// <summary>A fresh key for each of <paramref name="applianceIds"/>, made up per run as the fleet's are.</summary>
    public static IReadOnlyList<ApplianceCredential> CredentialsFor(IEnumerable<string> applianceIds) =>
        [.. applianceIds.Select(id => new ApplianceCredential(id, NewKey()))];

    /// <summary>The server settings: credentials plus compressed thresholds.</summary>
    public static Dictionary<string, string?> Server(IReadOnlyList<ApplianceCredential> appliances, string operatorKey)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Repl:OperatorKeys:0"] = operatorKey,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Repl:Cycle:SnapshotTimeout"] = "00:00:05",
            ["Repl:Cycle:UploadStallTimeout"] = "00:00:05",
            ["Repl:Cycle:DisposeArtefactsTimeout"] = "00:00:05",
            ["Repl:Cycle:MissedCycleGrace"] = "00:00:10",
            ["Repl:Appliance:HeartbeatTimeout"] = "00:00:05",
            ["Repl:Diagnosis:Timeout"] = "00:00:10",
            ["Repl:Alerts:GroupWait"] = "00:00:01",
            ["Repl:Alerts:RepeatInterval"] = "00:10:00",
            ["Repl:Health:Window"] = "00:05:00",
            ["Repl:Health:RecoveryHoldTime"] = "00:00:05",
            ["Repl:Monitoring:ResolveHold"] = "00:00:03",
            ["Repl:Monitoring:EventAlertQuietPeriod"] = "00:00:20",
            ["Repl:Monitoring:MutedRecheckInterval"] = "00:00:30",
            ["Repl:Monitoring:CommandTimeToLive"] = "00:01:00",
            ["Repl:Monitoring:AutoResumeSuspendedReplication"] = "true",
        };
        for (var i = 0; i < appliances.Count; i++)
        {
            settings[$"Repl:Appliances:{i}:Id"] = appliances[i].Id;
            settings[$"Repl:Appliances:{i}:Key"] = appliances[i].Key;
        }

        return settings;
    }

    /// <summary>
    /// Who is told: one receiver, <c>oncall</c>, with the demo's own Teams webhook and SMTP relay as its targets, and
    /// grouping waits short enough for the two-minute run.
    /// </summary>
    public static Dictionary<string, string?> Notifications(Uri webhook, int smtpPort) => new()
    {
        ["Repl:Notifications:Route:Receiver"] = "oncall",
        ["Repl:Notifications:Route:GroupWait"] = "00:00:02",
        ["Repl:Notifications:Route:GroupInterval"] = "00:00:05",
        ["Repl:Notifications:Route:RepeatInterval"] = "00:10:00",
        ["Repl:Notifications:Receivers:0:Name"] = "oncall",
        ["Repl:Notifications:Receivers:0:Teams:0:WebhookUrl"] = webhook.ToString(),
        ["Repl:Notifications:Receivers:0:Email:0:To:0"] = "oncall@replorchestrator.demo",
        ["Repl:Notifications:Receivers:0:Email:0:From"] = "ReplOrchestrator demo <demo@replorchestrator.demo>",
        ["Repl:Notifications:Receivers:0:Email:0:SmtpHost"] = "127.0.0.1",
        ["Repl:Notifications:Receivers:0:Email:0:SmtpPort"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Repl:Notifications:Receivers:0:Email:0:Security"] = "None",
    };

    /// <summary>A fresh key: made up per run, never stored, 192 bits.</summary>
    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
