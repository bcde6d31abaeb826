namespace ReplOrchestrator.Agent.Probes;

/// <summary>The outcome of one check before it is tagged with its command and probe name.</summary>
/// <param name="Ok">Whether it passed.</param>
/// <param name="LatencyMs">How long it took, in whole milliseconds.</param>
/// <param name="Detail">One line for people.</param>
internal readonly record struct ProbeCheck(bool Ok, long LatencyMs, string Detail);
