using ReplOrchestrator.Domain.Cycles;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>One report of the VM's latest cycle, as the dashboard draws it: when, in which phase, and each disk's bytes.</summary>
/// <param name="At">When the heartbeat carrying the report was received.</param>
/// <param name="Phase">The phase the report gave.</param>
/// <param name="Uploaded">Bytes uploaded so far, by disk id.</param>
public sealed record TrailSample(DateTimeOffset At, CyclePhase Phase, IReadOnlyDictionary<string, long> Uploaded);
