using System.Text.Json.Serialization;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>The outcome of one probe, from the appliance (in a heartbeat) or from the monitor.</summary>
/// <param name="CommandId">The <c>RunProbes</c> command (or monitor-side diagnosis) that asked for it.</param>
/// <param name="Probe">Which check ran.</param>
/// <param name="Target">What was checked, for example <c>migratekv1234.vault.azure.net:443</c>; null when implied.</param>
/// <param name="Ok">Whether the check passed.</param>
/// <param name="LatencyMs">How long the check took, in milliseconds; 0 when it failed before measuring.</param>
/// <param name="Detail">What happened, for people (for example "connection timed out").</param>
/// <param name="Refused">
/// True when the monitor would not probe the target at all (not an endpoint a replication appliance uses, or
/// one that resolves to a loopback, private or similar address): nothing was sent to it, <paramref name="Ok"/> is
/// false and <paramref name="Detail"/> says why. A refused result says nothing about the endpoint, so cause
/// analysis leaves it out. Written to JSON only when true.
/// </param>
public sealed record ProbeResult(
    string CommandId,
    ProbeKind Probe,
    string? Target,
    bool Ok,
    long LatencyMs,
    string? Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Refused = false)
{
    /// <summary>A target the monitor would not probe, with the reason.</summary>
    /// <param name="commandId">The diagnosis's id.</param>
    /// <param name="probe">The probe that was asked for.</param>
    /// <param name="target">"host:port", as a probe result reports its target.</param>
    /// <param name="reason">Why it was refused, for people.</param>
    public static ProbeResult RefusedTarget(string commandId, ProbeKind probe, string target, string reason) =>
        new(commandId, probe, target, false, 0, reason, Refused: true);
}
