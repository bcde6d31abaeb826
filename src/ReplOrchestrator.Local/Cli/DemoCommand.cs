using System.CommandLine;
using ReplOrchestrator.Local.Demo;

namespace ReplOrchestrator.Local.Cli;

/// <summary><c>demo</c>: ReplOrchestrator and a simulated fleet playing the seed situations, in about two minutes.</summary>
internal static class DemoCommand
{
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(100);

    public static Command Create()
    {
        var duration = new Option<TimeSpan>("--duration")
        {
            Description = "How long the simulated fleet runs (90s, 2m).",
            DefaultValueFactory = _ => DefaultDuration,
            CustomParser = ArgumentParsers.Duration,
        };
        var data = new Option<string?>("--data") { Description = "The folder for the demo's database and alerts.jsonl (a new temporary one by default)." };
        var agents = new Option<bool>("--agents")
        {
            Description = "Also run two real appliance agents (Linux mode, recorded host written by a script): a Hyper-V host whose replication is "
                + "suspended at shutdown and resumed on the server's command, and an appliance that goes silent and comes back.",
        };
        var command = new Command("demo", "Watch ReplOrchestrator detect, diagnose and resolve the troubleshooting guides' situations on a simulated fleet.")
        {
            duration, data, agents,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var invocation = parseResult.InvocationConfiguration;
            return DemoRun.RunAsync(parseResult.GetValue(duration), parseResult.GetValue(data), parseResult.GetValue(agents), invocation.Output, invocation.Error, cancellationToken);
        });
        return command;
    }
}
