namespace ReplOrchestrator.Domain.Probes;

/// <summary>A cloud-side probe aimed at one endpoint the appliance reported.</summary>
/// <param name="Probe">The probe (a <see cref="ProbeSide.Cloud"/> kind).</param>
/// <param name="Host">The endpoint's host name or address.</param>
/// <param name="Port">The endpoint's TCP port (unused by name-resolution probes).</param>
public readonly record struct CloudProbeTarget(ProbeKind Probe, string Host, int Port)
{
    /// <summary>"host:port", the form probe results report as their target.</summary>
    public override string ToString() => $"{Host}:{Port}";
}
