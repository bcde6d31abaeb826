using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Runtime;

/// <summary>
/// Checks an orchestrator's response before any of it is applied, so a bad response fails the
/// orchestration as a whole instead of half-applying. Accepts what the Functions extension accepts
/// (protocol §2.2): scheduleTask, createTimer, createSubOrchestration, sendEvent, completeOrchestration.
/// </summary>
internal static class ActionCheck
{
    /// <summary>The failure a response deserves, or <see langword="null"/> when it can be applied.</summary>
    /// <param name="response">The orchestrator's response.</param>
    /// <param name="usedActionIds">Action ids the current execution's history already holds.</param>
    /// <param name="maxPayloadBytes">The payload limit.</param>
    public static TaskFailureDetails? Check(OrchestratorResponse response, IReadOnlySet<int> usedActionIds, int maxPayloadBytes)
    {
        if (InputRules.CheckPayload(response.CustomStatus, maxPayloadBytes, "custom status") is { } statusError)
        {
            return HistoryEvents.EngineFailure(EngineFailureTypes.PayloadTooLarge, statusError);
        }

        var seen = new HashSet<int>();
        foreach (var action in response.Actions)
        {
            if (action.OrchestratorActionTypeCase != OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration
                && (usedActionIds.Contains(action.Id) || !seen.Add(action.Id)))
            {
                return Invalid($"Action id {action.Id} ({action.OrchestratorActionTypeCase}) is already used by this execution; the orchestrator re-emitted an action it had scheduled.");
            }

            if (CheckOne(action, maxPayloadBytes) is { } failure)
            {
                return failure;
            }
        }

        return null;
    }

    private static TaskFailureDetails? CheckOne(OrchestratorAction action, int maxPayloadBytes) => action.OrchestratorActionTypeCase switch
    {
        OrchestratorAction.OrchestratorActionTypeOneofCase.ScheduleTask =>
            NameAndPayload(action.ScheduleTask.Name, "activity", action.ScheduleTask.Input, "activity input", maxPayloadBytes),
        OrchestratorAction.OrchestratorActionTypeOneofCase.CreateSubOrchestration =>
            NameAndPayload(action.CreateSubOrchestration.Name, "orchestrator", action.CreateSubOrchestration.Input, "sub-orchestration input", maxPayloadBytes),
        OrchestratorAction.OrchestratorActionTypeOneofCase.CreateTimer =>
            action.CreateTimer.FireAt is null ? Invalid($"Timer action {action.Id} has no fireAt.") : null,
        OrchestratorAction.OrchestratorActionTypeOneofCase.SendEvent => CheckSendEvent(action, maxPayloadBytes),
        OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration => CheckCompletion(action.CompleteOrchestration, maxPayloadBytes),
        _ => Invalid($"Action {action.Id} is a {action.OrchestratorActionTypeCase} action, which the engine does not accept."),
    };

    private static TaskFailureDetails? CheckSendEvent(OrchestratorAction action, int maxPayloadBytes)
    {
        var send = action.SendEvent;
        if (InputRules.CheckInstanceId(send.Instance?.InstanceId) is { } idError)
        {
            return Invalid($"Send-event action {action.Id} has no valid target: {idError}");
        }

        return NameAndPayload(send.Name, "event", send.Data, "event data", maxPayloadBytes);
    }

    private static TaskFailureDetails? CheckCompletion(CompleteOrchestrationAction complete, int maxPayloadBytes)
    {
        if (complete.OrchestrationStatus is not (OrchestrationStatus.Completed or OrchestrationStatus.Failed
            or OrchestrationStatus.Terminated or OrchestrationStatus.ContinuedAsNew))
        {
            return Invalid($"An orchestration cannot complete with status {complete.OrchestrationStatus}.");
        }

        return Payload(complete.Result, "orchestration output", maxPayloadBytes);
    }

    private static TaskFailureDetails? NameAndPayload(string name, string what, string? payload, string payloadWhat, int maxPayloadBytes) =>
        InputRules.CheckName(name, what) is { } nameError ? Invalid(nameError) : Payload(payload, payloadWhat, maxPayloadBytes);

    private static TaskFailureDetails? Payload(string? payload, string what, int maxPayloadBytes) =>
        InputRules.CheckPayload(payload, maxPayloadBytes, what) is { } error
            ? HistoryEvents.EngineFailure(EngineFailureTypes.PayloadTooLarge, error)
            : null;

    private static TaskFailureDetails Invalid(string message) => HistoryEvents.EngineFailure(EngineFailureTypes.InvalidAction, message);
}
