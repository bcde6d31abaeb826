using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Domain.Appliances;
using ReplOrchestrator.Domain.Configuration;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Local.Simulation;
using ReplOrchestrator.Local.Simulation.Transport;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Local.Cli;

/// <summary>
/// One run of <c>simulate</c>: read the server's configuration, build the fleet, make sure the server
/// answers, play until the duration is over or Ctrl-C, and print the counts.
/// </summary>
/// <remarks>
/// Everything that stops the run before it starts (configuration, too few credentials, a server that
/// cannot be reached or refuses every key) is one line on the error writer and exit code 1.
/// </remarks>
internal static class SimulateRun
{
    private const int Failure = 1;
    private static readonly TimeSpan s_requestTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(
        SimulateArguments arguments, IConfiguration configuration, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        if (Prepare(arguments, configuration, time, out var problem) is not { } fleet)
        {
            await error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
            return Failure;
        }

        using var client = new HttpClient { Timeout = s_requestTimeout };
        var transport = new HttpHeartbeatTransport(client, arguments.Target);
        var console = new SimulationConsole(output);
        var runner = new FleetRunner(fleet, transport, time, console);

        IReadOnlyList<BeatReport> first;
        try
        {
            first = await runner.RunRoundAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }

        if (FirstRoundProblem(first, transport.Endpoint) is { } refusal)
        {
            await error.WriteLineAsync("error: " + refusal).ConfigureAwait(false);
            return Failure;
        }

        console.WriteFleet(fleet, transport.Endpoint);
        console.Release();
        console.WriteSummary(await runner.RunAsync(arguments.Duration, cancellationToken).ConfigureAwait(false));
        return 0;
    }

    private static SimulatedFleet? Prepare(SimulateArguments arguments, IConfiguration configuration, TimeProvider time, out string? problem)
    {
        var credentials = ApplianceCredentials.Read(configuration, out var credentialProblems);
        CycleOptions cycle;
        ApplianceOptions appliance;
        try
        {
            cycle = configuration.GetSection("Repl:Cycle").Get<CycleOptions>() ?? new CycleOptions();
            appliance = configuration.GetSection("Repl:Appliance").Get<ApplianceOptions>() ?? new ApplianceOptions();
        }
        catch (InvalidOperationException e)
        {
            problem = e.Message;
            return null;
        }

        var start = time.GetUtcNow();
        var spec = new FleetSpec
        {
            Appliances = arguments.Appliances,
            VmsPerAppliance = arguments.VmsPerAppliance,
            Scenarios = arguments.Scenarios,
            Seed = arguments.Seed,
            Timings = SimulationTimings.For(arguments.HeartbeatInterval, cycle, appliance),
            FirstSequence = FleetSpec.SequenceStartFor(start),
        };
        IReadOnlyList<string> problems = [.. credentialProblems, .. cycle.Validate(), .. appliance.Validate(), .. SimulatedFleet.Problems(spec, credentials.Count)];
        problem = problems.Count > 0 ? problems[0] : null;
        return problem is null ? SimulatedFleet.Create(spec, credentials, start) : null;
    }

    // The first round decides whether there is a server that takes these appliances at all.
    private static string? FirstRoundProblem(IReadOnlyList<BeatReport> first, Uri endpoint)
    {
        var outcomes = first.Select(r => r.Outcome).OfType<HeartbeatOutcome>().ToList();
        if (outcomes.Count > 0 && outcomes.All(o => o.Kind == HeartbeatOutcomeKind.Failed))
        {
            return $"cannot reach the server at {endpoint}: {outcomes[0].Error}";
        }

        return outcomes.Count > 0 && outcomes.All(o => o.Status is 401 or 403)
            ? $"the server at {endpoint} refuses the configured appliance keys: {outcomes[0].Problem!.Describe()}"
            : null;
    }
}
