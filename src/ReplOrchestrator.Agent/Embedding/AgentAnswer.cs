namespace ReplOrchestrator.Agent.Embedding;

/// <summary>The answer to one server command, as a heartbeat the server accepted carried it.</summary>
/// <param name="CommandId">The command's id, as the server issued it.</param>
/// <param name="Ok">Whether the command did what it was asked (for <c>RunProbes</c>: every probe passed).</param>
/// <param name="Detail">For <c>ResumeReplication</c> the restart script's steps 0–4; for <c>RunProbes</c> how many probes ran and failed.</param>
public readonly record struct AgentAnswer(string CommandId, bool Ok, string Detail);
