using System.CommandLine;
using ReplOrchestrator.Local.Bench;

namespace ReplOrchestrator.Local.Cli;

/// <summary><c>bench</c>: measurements printed as one JSON line each, never assertions.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var orchestrations = new Option<int>("--orchestrations") { Description = "How many HelloCities5 orchestrations.", DefaultValueFactory = _ => 1000 };
        var memory = new Option<bool>("--memory") { Description = "Keep the task hub in memory instead of a file." };
        var engine = new Command("engine", "Orchestrations of five sequential activities on the embedded engine, all started at once.") { orchestrations, memory };
        engine.SetAction((r, ct) => Run(r, () => EngineBench.RunAsync(Positive(r.GetValue(orchestrations)), r.GetValue(memory), r.InvocationConfiguration.Output, ct)));

        var activities = new Option<int[]>("--activities") { Description = "History sizes, in activities.", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [5, 50, 500, 5000] };
        var extended = new Option<bool>("--extended-sessions") { Description = "Instead: a monitor's episode after 25, 100 and 300 signals, from its whole history and from the extended-sessions cache." };
        var replay = new Command("replay", "Replay a completed orchestration from its encoded history (decode, replay, encode).") { activities, extended };
        replay.SetAction((r, ct) => Run(r, () => r.GetValue(extended)
            ? ExtendedSessionBench.RunAsync([25, 100, 300], r.InvocationConfiguration.Output, ct)
            : ReplayBench.RunAsync([.. r.GetValue(activities)!.Select(Positive)], r.InvocationConfiguration.Output, ct)));

        var heartbeats = new Option<int>("--heartbeats") { Description = "How many heartbeats in all.", DefaultValueFactory = _ => 2000 };
        var vms = new Option<int>("--vms") { Description = "VMs per heartbeat.", DefaultValueFactory = _ => 10 };
        var ingest = new Command("ingest", "Heartbeats accepted per second over loopback HTTP, durable commit included, with p50/p99 latency.") { heartbeats, vms };
        ingest.SetAction((r, ct) => Run(r, () => IngestBench.RunAsync(Positive(r.GetValue(heartbeats)), Positive(r.GetValue(vms)), r.InvocationConfiguration.Output, ct)));

        var appliances = new Option<int>("--appliances") { Description = "How many appliances fall silent.", DefaultValueFactory = _ => 20 };
        var notify = new Option<bool>("--notify") { Description = "Also route every alert to a Teams stand-in on loopback and time each card's arrival." };
        var delay = new Command("alert-delay", "Delay from a missed heartbeat deadline to the alert on the local alerts topic (and, with --notify, to its Teams card).") { appliances, notify };
        delay.SetAction((r, ct) => Run(r, () => AlertDelayBench.RunAsync(Positive(r.GetValue(appliances)), r.GetValue(notify), r.InvocationConfiguration.Output, ct)));

        var footprintVms = new Option<int>("--vms") { Description = "How many idle VMs to monitor (100 per appliance).", DefaultValueFactory = _ => 1000 };
        var beats = new Option<int>("--heartbeats") { Description = "Heartbeats per appliance after the first, to see where the database levels off.", DefaultValueFactory = _ => 60 };
        var busy = new Option<bool>("--busy") { Description = "VMs in an endless initial copy instead of idle ones (--vms defaults to 1): database bytes per VM and history lengths as reports accumulate." };
        var reports = new Option<int>("--reports") { Description = "With --busy: reports per VM, five simulated minutes apart.", DefaultValueFactory = _ => 10_000 };
        var footprint = new Command("footprint", "Memory and database bytes per idle monitored VM, and database bytes per VM after more heartbeats; with --busy, what uploading VMs leave behind.") { footprintVms, beats, busy, reports };
        footprint.SetAction((r, ct) => Run(r, () => r.GetValue(busy)
            ? BusyFootprintBench.RunAsync(Positive(r.GetResult(footprintVms) is { Implicit: false } ? r.GetValue(footprintVms) : 1), Positive(r.GetValue(reports)), r.InvocationConfiguration.Output, ct)
            : FootprintBench.RunAsync(Positive(r.GetValue(footprintVms)), Positive(r.GetValue(beats)), r.InvocationConfiguration.Output, ct)));

        var items = new Option<int>("--items") { Description = "Migration items in the vault, every one uploading.", DefaultValueFactory = _ => 3000 };
        var runs = new Option<int>("--runs") { Description = "Polls; the first creates the VM monitors, the others update them.", DefaultValueFactory = _ => 3 };
        var pageSize = new Option<int>("--page-size") { Description = "Entries per page of the ARM lists.", DefaultValueFactory = _ => 200 };
        var armPoll = new Command("arm-poll", "The ARM source polling a vault on an ARM stand-in: list calls, mapping and handing over, heartbeat parts, memory, and the time until every VM monitor has taken the poll.") { items, runs, pageSize };
        armPoll.SetAction((r, ct) => Run(r, () => ArmPollBench.RunAsync(Positive(r.GetValue(items)), Positive(r.GetValue(runs)), Positive(r.GetValue(pageSize)), r.InvocationConfiguration.Output, ct)));

        return new Command("bench", "Measure the engine, replay, ingestion, alert delay, footprint and ARM polling; prints one JSON line per measurement.") { engine, replay, ingest, delay, footprint, armPoll };
    }

    private static int Positive(int value) => value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "must be positive");

    private static async Task<int> Run(ParseResult result, Func<Task> measurement)
    {
        try
        {
            await measurement().ConfigureAwait(false);
            return 0;
        }
        catch (ArgumentOutOfRangeException e)
        {
            await result.InvocationConfiguration.Error.WriteLineAsync($"error: every count {e.Message.Split('(')[0].Trim()} (was {e.ActualValue})").ConfigureAwait(false);
            return CliApp.UsageError;
        }
    }
}
