using Google.Protobuf.WellKnownTypes;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Replay;

/// <summary>
/// Event kinds the code does not react to (episode and execution markers, and kinds that belong to
/// features reaching orchestrations as ordinary events in this protocol) must not disturb replay.
/// </summary>
public sealed class HistoryEventKindsTests
{
    private static readonly Replayer s_greeter = Replayer.For<string?, string>("Greet", async (context, _) =>
    {
        var first = await context.CallActivityAsync<string>("One");
        await context.CallActivityAsync("Two");
        return first;
    });

    public static TheoryData<string> InertKinds() =>
    [
        nameof(HistoryEvent.EventTypeOneofCase.OrchestratorCompleted),
        nameof(HistoryEvent.EventTypeOneofCase.ExecutionCompleted),
        nameof(HistoryEvent.EventTypeOneofCase.ContinueAsNew),
        nameof(HistoryEvent.EventTypeOneofCase.GenericEvent),
        nameof(HistoryEvent.EventTypeOneofCase.HistoryState),
        nameof(HistoryEvent.EventTypeOneofCase.EntityOperationSignaled),
        nameof(HistoryEvent.EventTypeOneofCase.EntityOperationCalled),
        nameof(HistoryEvent.EventTypeOneofCase.EntityOperationCompleted),
        nameof(HistoryEvent.EventTypeOneofCase.EntityOperationFailed),
        nameof(HistoryEvent.EventTypeOneofCase.EntityLockRequested),
        nameof(HistoryEvent.EventTypeOneofCase.EntityLockGranted),
        nameof(HistoryEvent.EventTypeOneofCase.EntityUnlockSent),
        nameof(HistoryEvent.EventTypeOneofCase.ExecutionRewound),
        nameof(HistoryEvent.EventTypeOneofCase.None),
    ];

    [Theory]
    [MemberData(nameof(InertKinds))]
    public void Replay_InertEventInPastAndNewEvents_ChangesNothing(string kind)
    {
        var history = HistoryBuilder.Start("Greet")
            .Add(Inert(kind))
            .TaskScheduled(0, "One")
            .NewEpisode()
            .Add(Inert(kind))
            .TaskCompleted(0, "first");

        var action = s_greeter.Run(history).Actions.ShouldHaveSingleItem();

        action.Id.ShouldBe(1);
        action.ScheduleTask.Name.ShouldBe("Two");
    }

    private static HistoryEvent Inert(string kind) => System.Enum.Parse<HistoryEvent.EventTypeOneofCase>(kind) switch
    {
        HistoryEvent.EventTypeOneofCase.OrchestratorCompleted => new HistoryEvent { OrchestratorCompleted = new() },
        HistoryEvent.EventTypeOneofCase.ExecutionCompleted => new HistoryEvent { ExecutionCompleted = new() { OrchestrationStatus = OrchestrationStatus.Completed } },
        HistoryEvent.EventTypeOneofCase.ContinueAsNew => new HistoryEvent { ContinueAsNew = new() { Input = "1" } },
        HistoryEvent.EventTypeOneofCase.GenericEvent => new HistoryEvent { GenericEvent = new() { Data = "x" } },
        HistoryEvent.EventTypeOneofCase.HistoryState => new HistoryEvent { HistoryState = new() { OrchestrationState = new() { InstanceId = "x" } } },
        HistoryEvent.EventTypeOneofCase.EntityOperationSignaled => new HistoryEvent { EntityOperationSignaled = new() { RequestId = "r" } },
        HistoryEvent.EventTypeOneofCase.EntityOperationCalled => new HistoryEvent { EntityOperationCalled = new() { RequestId = "r" } },
        HistoryEvent.EventTypeOneofCase.EntityOperationCompleted => new HistoryEvent { EntityOperationCompleted = new() { RequestId = "r" } },
        HistoryEvent.EventTypeOneofCase.EntityOperationFailed => new HistoryEvent { EntityOperationFailed = new() { RequestId = "r" } },
        HistoryEvent.EventTypeOneofCase.EntityLockRequested => new HistoryEvent { EntityLockRequested = new() { CriticalSectionId = "c" } },
        HistoryEvent.EventTypeOneofCase.EntityLockGranted => new HistoryEvent { EntityLockGranted = new() { CriticalSectionId = "c" } },
        HistoryEvent.EventTypeOneofCase.EntityUnlockSent => new HistoryEvent { EntityUnlockSent = new() { CriticalSectionId = "c" } },
        HistoryEvent.EventTypeOneofCase.ExecutionRewound => new HistoryEvent { ExecutionRewound = new() { Reason = "r" } },
        _ => new HistoryEvent { Timestamp = Timestamp.FromDateTimeOffset(HistoryBuilder.T0) },
    };
}
