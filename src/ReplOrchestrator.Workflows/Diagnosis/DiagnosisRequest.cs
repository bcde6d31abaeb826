using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Diagnosis;

/// <summary>What to diagnose.</summary>
/// <param name="ApplianceId">The appliance.</param>
/// <param name="VmId">The VM, for VM-level problems (appliance probes about its ESXi host need it).</param>
/// <param name="Code">The catalog code whose causes the probes tell apart.</param>
/// <param name="Endpoints">The appliance's Azure endpoints (cloud probes' targets).</param>
/// <param name="ApplianceReachable">False when the appliance is not heard from: no appliance-side probes are asked for.</param>
/// <param name="LastHeartbeatAt">The appliance's last heartbeat (the liveness probe's evidence).</param>
public sealed record DiagnosisRequest(
    string ApplianceId,
    string? VmId,
    string Code,
    IReadOnlyList<ApplianceEndpoint> Endpoints,
    bool ApplianceReachable,
    DateTimeOffset? LastHeartbeatAt);
