using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.Functions.Triggers;

/// <summary>
/// The answer to an orchestration invocation that could not even be read: a FAILED completion, because
/// any non-2xx answer would fail the orchestration anyway, without saying why.
/// </summary>
internal static class OrchestrationFailure
{
    public const string MalformedRequestType = "ReplOrchestrator.MalformedOrchestratorRequest";

    public static OrchestratorResponse Response(string instanceId, string errorType, string message) => new()
    {
        InstanceId = instanceId,
        Actions =
        {
            new OrchestratorAction
            {
                Id = 0,
                CompleteOrchestration = new CompleteOrchestrationAction
                {
                    OrchestrationStatus = OrchestrationStatus.Failed,
                    FailureDetails = new TaskFailureDetails { ErrorType = errorType, ErrorMessage = message, IsNonRetriable = true },
                },
            },
        },
    };
}
