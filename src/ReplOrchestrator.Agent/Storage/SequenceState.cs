namespace ReplOrchestrator.Agent.Storage;

/// <summary>Where the agent's heartbeat count stands: the epoch made at its first start and the last sequence used.</summary>
/// <param name="Epoch">The agent's epoch, kept for as long as its state folder lives.</param>
/// <param name="Sequence">The last sequence handed out; the next heartbeat carries a larger one.</param>
internal sealed record SequenceState(string Epoch, long Sequence);
