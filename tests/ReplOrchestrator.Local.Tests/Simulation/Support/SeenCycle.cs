namespace ReplOrchestrator.Local.Tests.Simulation.Support;

/// <summary>A VM's cycle as one heartbeat reported it, with when that heartbeat was sent.</summary>
internal sealed record SeenCycle(DateTimeOffset SentAt, CycleReport Cycle);
