using System.CommandLine;
using ReplOrchestrator.Local.Demo;
using ReplOrchestrator.Local.Demo.Arm;

namespace ReplOrchestrator.Local.Cli;

/// <summary>
/// <c>demo</c>: ReplOrchestrator and a simulated fleet playing the seed situations, in about two minutes; with
/// <c>--source arm</c>, the situations Azure Resource Manager shows, read from a local ARM stand-in.
/// </summary>
internal static class DemoCommand
{
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(100);

    /// <summary>How long the ARM demo runs by default: its situations play out and resolve in about half a minute, and the receivers are told.</summary>
    public static readonly TimeSpan DefaultArmDuration = TimeSpan.FromSeconds(45);

    public static Command Create()
    {
        var duration = new Option<TimeSpan?>("--duration")
        {
            Description = $"How long the demo runs (90s, 2m); {DefaultDuration.TotalSeconds:0} s by default, {DefaultArmDuration.TotalSeconds:0} s with --source arm.",
            CustomParser = result => ArgumentParsers.Duration(result),
        };
        var data = new Option<string?>("--data") { Description = "The folder for the demo's database and alerts.jsonl (a new temporary one by default)." };
        var agents = new Option<bool>("--agents")
        {
            Description = "Also run two real appliance agents (Linux mode, recorded host written by a script): a Hyper-V host whose replication is "
                + "suspended at shutdown and resumed on the server's command, and an appliance that goes silent and comes back.",
        };
        var source = new Option<DemoSource>("--source")
        {
            Description = "Where the server learns of replication: heartbeats of simulated appliances, or arm: a Recovery Services vault served by a local "
                + "Azure Resource Manager stand-in over TLS, polled by the host's real ARM source (the agentless path, no appliance).",
            DefaultValueFactory = _ => DemoSource.Heartbeats,
        };
        source.AcceptOnlyFromAmong("heartbeats", "arm");
        var command = new Command("demo", "Watch ReplOrchestrator detect, diagnose and resolve the troubleshooting guides' situations on a simulated fleet.")
        {
            duration, data, agents, source,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(agents) && result.GetValue(source) == DemoSource.Arm)
            {
                result.AddError("--agents runs appliance agents beside the simulated fleet; it does not go with --source arm, where no appliance reports");
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            var invocation = parseResult.InvocationConfiguration;
            var (output, error) = (invocation.Output, invocation.Error);
            return parseResult.GetValue(source) == DemoSource.Arm
                ? ArmDemoRun.RunAsync(parseResult.GetValue(duration) ?? DefaultArmDuration, parseResult.GetValue(data), output, error, cancellationToken)
                : DemoRun.RunAsync(parseResult.GetValue(duration) ?? DefaultDuration, parseResult.GetValue(data), parseResult.GetValue(agents), output, error, cancellationToken);
        });
        return command;
    }
}
