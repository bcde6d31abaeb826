namespace ReplOrchestrator.Local.Bench;

/// <summary>One poll as the ARM source measured it.</summary>
/// <param name="ListMs">Listing the vault's items and events, every page.</param>
/// <param name="HandOverMs">Mapping the items and handing the heartbeats to the task hub.</param>
/// <param name="Parts">The heartbeats it went out in.</param>
/// <param name="PartBytes">Their bytes together.</param>
/// <param name="LargestPartBytes">The largest one's bytes.</param>
internal readonly record struct ArmPollCost(double ListMs, double HandOverMs, int Parts, long PartBytes, int LargestPartBytes);
