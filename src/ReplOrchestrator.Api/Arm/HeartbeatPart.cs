using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Api.Arm;

/// <summary>One heartbeat a vault's poll goes out in, and its bytes as the task hub stores it (measured once, when split).</summary>
public sealed record HeartbeatPart(Heartbeat Heartbeat, int Bytes);
