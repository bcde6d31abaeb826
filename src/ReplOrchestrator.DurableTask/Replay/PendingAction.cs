using Google.Protobuf.WellKnownTypes;
using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>
/// An action the code produced, with what it takes to send it. The protobuf message is built only
/// if the action is sent: on replay most actions are matched by history and never leave.
/// </summary>
internal sealed class PendingAction(int sequenceNumber, ScheduledAction scheduled)
{
    public int SequenceNumber { get; } = sequenceNumber;

    public ScheduledAction Scheduled { get; } = scheduled;

    public PendingActionState State { get; set; }

    /// <summary>The input, or the event data; JSON.</summary>
    public string? Payload { get; init; }

    /// <summary>
    /// The event data still to be serialized: only an action that is still pending at the end of the episode
    /// is sent, so a replayed one never pays for serializing what history already holds.
    /// </summary>
    public Func<string?>? SerializePayload { get; init; }

    /// <summary>The child's instance id, or the event's receiver.</summary>
    public string? TargetInstanceId { get; init; }

    public DateTimeOffset FireAt { get; init; }

    public CompleteOrchestrationAction? Completion { get; init; }

    public OrchestratorAction ToProto()
    {
        var action = new OrchestratorAction { Id = SequenceNumber };
        switch (Scheduled.Kind)
        {
            case ScheduledKind.Activity:
                action.ScheduleTask = new ScheduleTaskAction { Name = Scheduled.Name, Input = Payload };
                break;
            case ScheduledKind.SubOrchestration:
                action.CreateSubOrchestration = new CreateSubOrchestrationAction { InstanceId = TargetInstanceId, Name = Scheduled.Name, Input = Payload };
                break;
            case ScheduledKind.Timer:
                action.CreateTimer = new CreateTimerAction { FireAt = Timestamp.FromDateTimeOffset(FireAt) };
                break;
            case ScheduledKind.EventSent:
                action.SendEvent = new SendEventAction { Instance = new OrchestrationInstance { InstanceId = TargetInstanceId }, Name = Scheduled.Name, Data = SerializePayload is { } serialize ? serialize() : Payload };
                break;
            default:
                action.CompleteOrchestration = Completion;
                break;
        }

        return action;
    }
}

/// <summary>Whether history records an action yet.</summary>
internal enum PendingActionState
{
    /// <summary>Not in history: sent at the end of the episode.</summary>
    Pending,

    /// <summary>History records it: never sent again.</summary>
    Matched,

    /// <summary>Cancelled before it was sent: never sent.</summary>
    Withdrawn,
}
