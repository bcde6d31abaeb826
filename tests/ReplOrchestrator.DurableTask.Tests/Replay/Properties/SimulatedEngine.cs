using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Replay;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay.Properties;

/// <summary>
/// Plays the engine's part around the replay function: records each episode's actions as history
/// the way DTFx does, and answers them (activity results and failures, child results, timers
/// firing) together with the planned external events, a few at a time in a seeded random order.
/// Checks on every episode that no recorded action is sent again.
/// </summary>
internal sealed class SimulatedEngine
{
    public const string AlwaysFails = "Broken";
    public const string SometimesFails = "Flaky";

    private readonly OrchestrationRunner _runner;
    private readonly Random _random;
    private readonly List<HistoryEvent> _deliverable;
    private readonly HashSet<int> _recordedIds = [];
    private DateTimeOffset _now = HistoryBuilder.T0;

    public SimulatedEngine(OrchestrationRunner runner, int seed, IEnumerable<string> raisedEvents)
    {
        _runner = runner;
        _random = new Random(seed);
        _deliverable = raisedEvents.Select((name, i) => Event(new HistoryEvent { EventRaised = new EventRaisedEvent { Name = name, Input = $"{i}" } })).ToList();
    }

    public List<HistoryEvent> History { get; } = [];

    /// <summary>The end of each episode's events in <see cref="History"/>.</summary>
    public List<int> EpisodeEnds { get; } = [];

    public OrchestratorResponse? LastResponse { get; private set; }

    public OrchestratorAction? Completion { get; private set; }

    public void RunToCompletion(string orchestrator, int maxEpisodes = 2_000)
    {
        var newEvents = new List<HistoryEvent>
        {
            Event(new HistoryEvent { OrchestratorStarted = new OrchestratorStartedEvent() }),
            Event(new HistoryEvent { ExecutionStarted = new ExecutionStartedEvent { Name = orchestrator, OrchestrationInstance = new OrchestrationInstance { InstanceId = HistoryBuilder.InstanceId } } }),
        };
        for (var episode = 0; Completion is null; episode++)
        {
            if (episode == maxEpisodes)
            {
                throw new InvalidOperationException($"Not complete after {episode} episodes.");
            }

            RunEpisode(newEvents);
            newEvents = Completion is null ? NextEpisode() : [];
        }
    }

    private void RunEpisode(List<HistoryEvent> newEvents)
    {
        var request = new OrchestratorRequest { InstanceId = HistoryBuilder.InstanceId, PastEvents = { History }, NewEvents = { newEvents } };
        var response = OrchestratorResponse.Parser.ParseFrom(_runner.Run(request.ToByteArray()));
        var ids = response.Actions.Select(a => a.Id).ToList();
        ids.ShouldBe(ids.Order().Distinct(), "actions come in ascending id order, each once");
        ids.Where(_recordedIds.Contains).ShouldBeEmpty("an action history already records was sent again");

        History.AddRange(newEvents);
        foreach (var action in response.Actions)
        {
            Record(action);
        }

        History.Add(Event(new HistoryEvent { OrchestratorCompleted = new OrchestratorCompletedEvent() }));
        EpisodeEnds.Add(History.Count);
        LastResponse = response;
    }

    private List<HistoryEvent> NextEpisode()
    {
        if (_deliverable.Count == 0)
        {
            throw new InvalidOperationException("The orchestration waits, but nothing is left to deliver to it.");
        }

        var delivered = new List<HistoryEvent>();
        for (var count = _random.Next(1, Math.Min(3, _deliverable.Count) + 1); count > 0; count--)
        {
            var pick = _random.Next(_deliverable.Count);
            delivered.Add(_deliverable[pick]);
            _deliverable.RemoveAt(pick);
        }

        // A timer is delivered once its time has come, so long timers' legs move on.
        var latestFire = delivered.Where(e => e.TimerFired is not null).Select(e => e.TimerFired.FireAt.ToDateTimeOffset()).DefaultIfEmpty(_now).Max();
        _now = latestFire > _now ? latestFire : _now.AddSeconds(1);
        var started = Event(new HistoryEvent { OrchestratorStarted = new OrchestratorStartedEvent() });
        return [started, .. delivered];
    }

    private void Record(OrchestratorAction action)
    {
        _recordedIds.Add(action.Id);
        switch (action.OrchestratorActionTypeCase)
        {
            case OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask:
                var task = action.ScheduleTask;
                History.Add(Event(new HistoryEvent { EventId = action.Id, TaskScheduled = new TaskScheduledEvent { Name = task.Name, Input = task.Input } }));
                _deliverable.Add(Event(Outcome(action.Id, task)));
                break;
            case OrchestratorAction.OrchestratorActionTypeOneofCase.CreateSubOrchestration:
                var child = action.CreateSubOrchestration;
                History.Add(Event(new HistoryEvent { EventId = action.Id, SubOrchestrationInstanceCreated = new SubOrchestrationInstanceCreatedEvent { Name = child.Name, InstanceId = child.InstanceId, Input = child.Input } }));
                _deliverable.Add(Event(new HistoryEvent { SubOrchestrationInstanceCompleted = new SubOrchestrationInstanceCompletedEvent { TaskScheduledId = action.Id, Result = $"{child.InstanceId.Length + action.Id}" } }));
                break;
            case OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer:
                History.Add(Event(new HistoryEvent { EventId = action.Id, TimerCreated = new TimerCreatedEvent { FireAt = action.CreateTimer.FireAt } }));
                _deliverable.Add(Event(new HistoryEvent { TimerFired = new TimerFiredEvent { TimerId = action.Id, FireAt = action.CreateTimer.FireAt } }));
                break;
            case OrchestratorAction.OrchestratorActionTypeOneofCase.SendEvent:
                var send = action.SendEvent;
                send.Instance.ShouldNotBeNull();
                History.Add(Event(new HistoryEvent { EventId = action.Id, EventSent = new EventSentEvent { InstanceId = send.Instance.InstanceId, Name = send.Name, Input = send.Data } }));
                break;
            case OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration:
                Completion = action;
                break;
            default:
                throw new InvalidOperationException($"The Functions extension rejects {action.OrchestratorActionTypeCase} actions.");
        }
    }

    private HistoryEvent Outcome(int id, ScheduleTaskAction task)
    {
        var fails = task.Name == AlwaysFails || (task.Name == SometimesFails && _random.Next(2) == 0);
        return fails
            ? new HistoryEvent { TaskFailed = new TaskFailedEvent { TaskScheduledId = id, FailureDetails = new DurableTask.Protocol.TaskFailureDetails { ErrorType = "Simulated", ErrorMessage = $"{task.Name} failed" } } }
            : new HistoryEvent { TaskCompleted = new TaskCompletedEvent { TaskScheduledId = id, Result = $"{(int.Parse(task.Input, System.Globalization.CultureInfo.InvariantCulture) * 2) + task.Name.Length}" } };
    }

    private HistoryEvent Event(HistoryEvent e)
    {
        if (e.EventTypeCase is not (HistoryEvent.EventTypeOneofCase.TaskScheduled or HistoryEvent.EventTypeOneofCase.TimerCreated
            or HistoryEvent.EventTypeOneofCase.SubOrchestrationInstanceCreated or HistoryEvent.EventTypeOneofCase.EventSent))
        {
            e.EventId = -1;
        }

        e.Timestamp = Timestamp.FromDateTimeOffset(_now);
        return e;
    }
}
