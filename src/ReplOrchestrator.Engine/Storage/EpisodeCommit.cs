using ReplOrchestrator.Engine.Runtime;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>What one episode writes: the state after it and the inbox messages it consumed.</summary>
/// <param name="State">The runtime state after the episode (new history and outbox).</param>
/// <param name="ConsumedInboxIds">The inbox rows to delete: every message taken, accepted or dropped.</param>
internal sealed record EpisodeCommit(OrchestrationRuntimeState State, IReadOnlyList<long> ConsumedInboxIds);
