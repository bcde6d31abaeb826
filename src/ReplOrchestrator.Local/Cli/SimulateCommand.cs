using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Local.Simulation;
using ReplOrchestrator.Local.Simulation.Scenarios;

namespace ReplOrchestrator.Local.Cli;

/// <summary>
/// <c>simulate</c>: a fleet of simulated appliances sending real heartbeats to a running server, healthy
/// unless scenarios are named. Credentials and thresholds come from the server's own configuration keys.
/// </summary>
internal static class SimulateCommand
{
    /// <summary>Where <c>serve</c> listens by default.</summary>
    public static readonly Uri DefaultTarget = new("http://127.0.0.1:7071/");

    /// <summary>The default heartbeat interval: fast enough to watch, far inside the default 15-minute timeout.</summary>
    public static readonly TimeSpan DefaultHeartbeatInterval = TimeSpan.FromSeconds(5);

    public static Command Create(Func<IConfiguration> configuration)
    {
        var target = new Option<Uri>("--target")
        {
            Description = "The server's base URL; heartbeats go to <target>/api/heartbeats.",
            DefaultValueFactory = _ => DefaultTarget,
            CustomParser = result => ArgumentParsers.HttpUrl(result)!,
        };
        var appliances = Counted("--appliances", 1, FleetSpec.MaxAppliances, "How many appliances; each needs a Repl:Appliances credential.");
        var vms = Counted("--vms", 5, Domain.Heartbeats.HeartbeatDefaults.MaxVms, "How many VMs each appliance replicates.");
        var scenarios = new Option<string[]>("--scenario")
        {
            Description = $"Mix in a scenario (repeatable): {string.Join(", ", ScenarioCatalog.All.Select(s => s.Name))}.",
            AllowMultipleArgumentsPerToken = true,
        };
        scenarios.Validators.Add(RejectUnknownScenarios);
        var duration = new Option<TimeSpan?>("--duration")
        {
            Description = "How long to run (90s, 5m, 00:10:00); until Ctrl-C when left out.",
            CustomParser = result => ArgumentParsers.Duration(result),
        };
        var interval = new Option<TimeSpan>("--heartbeat-interval")
        {
            Description = "How often each appliance sends a heartbeat; scenario phases last whole intervals.",
            DefaultValueFactory = _ => DefaultHeartbeatInterval,
            CustomParser = ArgumentParsers.Duration,
        };
        var seed = new Option<int>("--seed") { Description = "The seed of every random choice; the same seed plays the same fleet.", DefaultValueFactory = _ => 1 };

        var command = new Command("simulate", "Run simulated appliances against a running server: heartbeats, scenarios from the seed documents, answered commands.")
        {
            target, appliances, vms, scenarios, duration, interval, seed,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var arguments = new SimulateArguments(
                parseResult.GetValue(target)!,
                parseResult.GetValue(appliances),
                parseResult.GetValue(vms),
                parseResult.GetValue(scenarios) ?? [],
                parseResult.GetValue(duration),
                parseResult.GetValue(interval),
                parseResult.GetValue(seed));
            var invocation = parseResult.InvocationConfiguration;
            return SimulateRun.RunAsync(arguments, configuration(), invocation.Output, invocation.Error, TimeProvider.System, cancellationToken);
        });
        return command;
    }

    private static Option<int> Counted(string name, int defaultValue, int max, string description)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 1 || value > max)
            {
                result.AddError($"{name} must be between 1 and {max} (was {value})");
            }
        });
        return option;
    }

    private static void RejectUnknownScenarios(OptionResult result)
    {
        var unknown = result.Tokens.Select(t => t.Value).Where(name => ScenarioCatalog.Find(name) is null).ToList();
        if (unknown.Count > 0)
        {
            result.AddError($"no scenario is called {string.Join(", ", unknown.Select(n => $"'{n}'"))}; "
                + $"use {string.Join(", ", ScenarioCatalog.All.Select(s => s.Name))}");
        }
    }
}
