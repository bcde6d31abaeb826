using System.Text.Json;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Timeline;
using ReplOrchestrator.Local.Simulation.Transport;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>
/// A simulated appliance: once a beat it sends a <c>repl-heartbeat/v1</c> describing its VMs, carrying
/// what its outbox holds, and runs the commands the answer brings.
/// </summary>
/// <remarks>
/// Sequence numbers count up by one per heartbeat sent; a heartbeat is never sent twice (the next beat
/// sends a fresh one with everything still undelivered). <see cref="BeatAsync"/> must not run
/// concurrently with itself; the fleet runner gives each appliance one turn per round.
/// </remarks>
internal sealed class SimulatedAppliance
{
    private readonly ApplianceCredential _credential;
    private readonly ApplianceOutbox _outbox = new();
    private readonly CommandHandler _commands;
    private long _nextSequence;
    private DateTimeOffset _eventsReadUntil = DateTimeOffset.MinValue;
    private bool _silent;
    private int _failuresInRow;

    public SimulatedAppliance(
        ApplianceCredential credential, ApplianceProfile profile, IReadOnlyList<SimulatedVm> vms, IReadOnlyList<SilenceWindow> silences,
        long firstSequence, Random random)
    {
        _credential = credential;
        Profile = profile;
        Vms = vms;
        Silences = silences;
        _nextSequence = firstSequence;
        _commands = new CommandHandler(credential.Id, vms, new ProbeResponder(profile, random), _outbox);
    }

    /// <summary>The appliance id.</summary>
    public string Id => _credential.Id;

    /// <summary>What the appliance is.</summary>
    public ApplianceProfile Profile { get; }

    /// <summary>Its VMs, in heartbeat order.</summary>
    public IReadOnlyList<SimulatedVm> Vms { get; }

    /// <summary>When it sends nothing.</summary>
    public IReadOnlyList<SilenceWindow> Silences { get; }

    /// <summary>Whether it is silent at <paramref name="now"/>.</summary>
    public bool IsSilentAt(DateTimeOffset now) => Silences.Any(s => s.Covers(now));

    /// <summary>The appliance's turn at <paramref name="now"/>: send a heartbeat unless silent, settle the outbox, run new commands.</summary>
    public async Task<BeatReport> BeatAsync(DateTimeOffset now, IHeartbeatTransport transport, ISimulationObserver observer, CancellationToken cancellationToken)
    {
        if (Silences.FirstOrDefault(s => s.Covers(now)) is { } silence)
        {
            if (!_silent)
            {
                _silent = true;
                observer.OnEvent(new ApplianceSilenced(now, Id, silence.Until));
            }

            return BeatReport.Silent;
        }

        if (_silent)
        {
            _silent = false;
            observer.OnEvent(new ApplianceBack(now, Id));
        }

        _outbox.Add(Vms.SelectMany(vm => vm.EventsBetween(_eventsReadUntil, now)).OrderBy(e => e.TimeCreated));
        _eventsReadUntil = now;
        var batch = _outbox.Peek(HeartbeatDefaults.MaxEvents);
        var sequence = _nextSequence++;
        var heartbeat = new Heartbeat(Heartbeat.SchemaV1, Id, Profile.Kind, sequence, now, Profile.Services, Profile.Endpoints,
            [.. Vms.Select(vm => vm.ReportAt(now))], batch.Events, batch.ProbeResults, batch.CommandResults);

        var outcome = await transport.SendAsync(_credential, JsonSerializer.SerializeToUtf8Bytes(heartbeat, ContractJson.Options), cancellationToken)
            .ConfigureAwait(false);
        var answered = Settle(outcome, batch, sequence, now, observer);
        return new BeatReport(outcome, _commands.Handle(outcome, now, observer), answered);
    }

    private int Settle(HeartbeatOutcome outcome, OutboxBatch batch, long sequence, DateTimeOffset now, ISimulationObserver observer)
    {
        if (outcome.Kind == HeartbeatOutcomeKind.Failed)
        {
            if (_failuresInRow++ == 0)
            {
                observer.OnEvent(new HeartbeatFailed(now, Id, sequence, outcome.Error ?? "no answer"));
            }

            return 0;
        }

        if (_failuresInRow > 0)
        {
            observer.OnEvent(new ServerReachedAgain(now, Id, _failuresInRow));
            _failuresInRow = 0;
        }

        switch (outcome.Kind)
        {
            case HeartbeatOutcomeKind.Accepted:
                _outbox.Remove(batch);
                var answers = batch.Answers().ToList();
                answers.ForEach(a => observer.OnEvent(new CommandAnswered(now, Id, a.CommandId, a.Summary)));
                return answers.Count;
            case HeartbeatOutcomeKind.Duplicate:
                observer.OnEvent(new HeartbeatDuplicate(now, Id, sequence));
                return 0;
            default:
                if (outcome.BodyRefused)
                {
                    _outbox.Remove(batch);
                }

                observer.OnEvent(new HeartbeatRejected(now, Id, sequence, outcome.Problem!, outcome.BodyRefused ? batch.Count : 0));
                return 0;
        }
    }
}
