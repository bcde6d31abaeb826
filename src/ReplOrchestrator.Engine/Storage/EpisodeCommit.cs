using ReplOrchestrator.Engine.Runtime;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>What one episode writes: the state after it and the inbox messages it consumed.</summary>
/// <param name="State">The runtime state after the episode (new history and outbox).</param>
/// <param name="LastConsumedInboxId">
/// The id of the last inbox message the episode took (accepted or dropped); it and every older
/// message of the instance are deleted. <see langword="null"/> when it took none.
/// </param>
internal sealed record EpisodeCommit(OrchestrationRuntimeState State, long? LastConsumedInboxId);
