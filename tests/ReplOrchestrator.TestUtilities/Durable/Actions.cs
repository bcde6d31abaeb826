using Google.Protobuf.WellKnownTypes;
using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.TestUtilities.Durable;

/// <summary>Builds orchestrator actions as an SDK would emit them.</summary>
public static class Actions
{
    public static OrchestratorAction CallActivity(int id, string name, string? input) =>
        new() { Id = id, ScheduleTask = new ScheduleTaskAction { Name = name, Input = input } };

    public static OrchestratorAction CreateTimer(int id, DateTimeOffset fireAt) =>
        new() { Id = id, CreateTimer = new CreateTimerAction { FireAt = Timestamp.FromDateTimeOffset(fireAt) } };

    public static OrchestratorAction CallSubOrchestrator(int id, string name, string instanceId, string? input) =>
        new() { Id = id, CreateSubOrchestration = new CreateSubOrchestrationAction { Name = name, InstanceId = instanceId, Input = input } };

    public static OrchestratorAction SendEvent(int id, string instanceId, string name, string? data) =>
        new() { Id = id, SendEvent = new SendEventAction { Instance = new OrchestrationInstance { InstanceId = instanceId }, Name = name, Data = data } };

    public static OrchestratorAction Complete(int id, string? result) => Finish(id, OrchestrationStatus.Completed, result);

    public static OrchestratorAction Fail(int id, string errorType, string message) =>
        new()
        {
            Id = id,
            CompleteOrchestration = new CompleteOrchestrationAction
            {
                OrchestrationStatus = OrchestrationStatus.Failed,
                FailureDetails = new TaskFailureDetails { ErrorType = errorType, ErrorMessage = message },
            },
        };

    public static OrchestratorAction Terminated(int id, string? reason) => Finish(id, OrchestrationStatus.Terminated, reason);

    public static OrchestratorAction ContinueAsNew(int id, string? input, IEnumerable<HistoryEvent>? carryover = null) =>
        new()
        {
            Id = id,
            CompleteOrchestration = new CompleteOrchestrationAction
            {
                OrchestrationStatus = OrchestrationStatus.ContinuedAsNew,
                Result = input,
                CarryoverEvents = { carryover ?? [] },
            },
        };

    private static OrchestratorAction Finish(int id, OrchestrationStatus status, string? result) =>
        new() { Id = id, CompleteOrchestration = new CompleteOrchestrationAction { OrchestrationStatus = status, Result = result } };
}
