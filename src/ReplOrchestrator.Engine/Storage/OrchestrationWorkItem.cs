using Microsoft.DurableTask.Protobuf;
using ReplOrchestrator.Engine.Runtime;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>An instance locked for one episode: its stored state and the inbox messages taken for it.</summary>
/// <param name="InstanceId">The locked instance.</param>
/// <param name="LockToken">Proves the lock at commit; unique per lock.</param>
/// <param name="Name">The orchestrator name.</param>
/// <param name="CustomStatus">The custom status stored after the last episode.</param>
/// <param name="History">The current execution's history, oldest first.</param>
/// <param name="Messages">The inbox messages taken, in arrival order, with their inbox ids.</param>
internal sealed record OrchestrationWorkItem(
    string InstanceId,
    string LockToken,
    string Name,
    string? CustomStatus,
    IReadOnlyList<HistoryEvent> History,
    IReadOnlyList<(long InboxId, InboxMessage Message)> Messages)
{
    /// <inheritdoc />
    public override string ToString() => $"orchestration work item '{InstanceId}'";
}
