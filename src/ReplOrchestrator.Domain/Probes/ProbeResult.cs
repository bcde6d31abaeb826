namespace ReplOrchestrator.Domain.Probes;

/// <summary>The outcome of one probe, from the appliance (in a heartbeat) or from the monitor.</summary>
/// <param name="CommandId">The <c>RunProbes</c> command (or monitor-side diagnosis) that asked for it.</param>
/// <param name="Probe">Which check ran.</param>
/// <param name="Target">What was checked, for example <c>migratekv1234.vault.azure.net:443</c>; null when implied.</param>
/// <param name="Ok">Whether the check passed.</param>
/// <param name="LatencyMs">How long the check took, in milliseconds; 0 when it failed before measuring.</param>
/// <param name="Detail">What happened, for people (for example "connection timed out").</param>
public sealed record ProbeResult(string CommandId, ProbeKind Probe, string? Target, bool Ok, long LatencyMs, string? Detail);
