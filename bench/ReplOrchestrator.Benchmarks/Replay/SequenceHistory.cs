using Google.Protobuf.WellKnownTypes;
using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Benchmarks.Replay;

/// <summary>
/// The history of an orchestration that calls one activity after another, as the engine records
/// it: four events per activity (episode start, completion of the previous activity, the next
/// one scheduled, episode end), ending with a new episode that completes the latest activity.
/// </summary>
internal static class SequenceHistory
{
    public const string Orchestrator = "Sequence";
    public const string Activity = "Step";

    /// <summary>A request of <c>4k + 2</c> events, the largest not above <paramref name="targetEvents"/>.</summary>
    public static OrchestratorRequest Build(int targetEvents)
    {
        var activities = Math.Max(1, (targetEvents - 2) / 4);
        var time = new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);
        var request = new OrchestratorRequest { InstanceId = "vm:appl-contoso-01:vm-sql01" };
        var past = request.PastEvents;

        past.Add(At(time, new HistoryEvent { OrchestratorStarted = new OrchestratorStartedEvent() }));
        past.Add(At(time, new HistoryEvent { ExecutionStarted = new ExecutionStartedEvent { Name = Orchestrator, Input = $"{activities + 1}", OrchestrationInstance = new OrchestrationInstance { InstanceId = request.InstanceId, ExecutionId = "e1" } } }));
        past.Add(Scheduled(time, 0));
        for (var id = 1; id < activities; id++)
        {
            time = time.AddSeconds(1);
            past.Add(At(time, new HistoryEvent { OrchestratorCompleted = new OrchestratorCompletedEvent() }));
            past.Add(At(time, new HistoryEvent { OrchestratorStarted = new OrchestratorStartedEvent() }));
            past.Add(Completed(time, id - 1));
            past.Add(Scheduled(time, id));
        }

        past.Add(At(time, new HistoryEvent { OrchestratorCompleted = new OrchestratorCompletedEvent() }));
        time = time.AddSeconds(1);
        request.NewEvents.Add(At(time, new HistoryEvent { OrchestratorStarted = new OrchestratorStartedEvent() }));
        request.NewEvents.Add(Completed(time, activities - 1));
        return request;
    }

    private static HistoryEvent Scheduled(DateTimeOffset time, int id)
    {
        var scheduled = At(time, new HistoryEvent { TaskScheduled = new TaskScheduledEvent { Name = Activity, Input = $"{id}" } });
        scheduled.EventId = id;
        return scheduled;
    }

    private static HistoryEvent Completed(DateTimeOffset time, int id) =>
        At(time, new HistoryEvent { TaskCompleted = new TaskCompletedEvent { TaskScheduledId = id, Result = "1" } });

    private static HistoryEvent At(DateTimeOffset time, HistoryEvent historyEvent)
    {
        historyEvent.EventId = -1;
        historyEvent.Timestamp = Timestamp.FromDateTimeOffset(time);
        return historyEvent;
    }
}
