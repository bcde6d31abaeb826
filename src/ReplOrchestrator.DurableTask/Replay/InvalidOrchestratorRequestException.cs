namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>
/// An orchestrator request that cannot be replayed: not base64, not a protobuf
/// <c>OrchestratorRequest</c>, or without an ExecutionStarted event. The orchestration fails with
/// this as its failure instead of the host answering with an error, which the Functions extension
/// would treat as a permanent failure without details.
/// </summary>
public sealed class InvalidOrchestratorRequestException : Exception
{
    internal InvalidOrchestratorRequestException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
