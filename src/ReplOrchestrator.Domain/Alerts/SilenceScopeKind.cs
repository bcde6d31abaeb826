namespace ReplOrchestrator.Domain.Alerts;

/// <summary>What a silence covers.</summary>
public enum SilenceScopeKind
{
    /// <summary>Every alert of one appliance, its VMs' included.</summary>
    Appliance,

    /// <summary>The alerts of one VM.</summary>
    Vm,

    /// <summary>The alerts of every VM on one host (ESXi host or Hyper-V host), whichever appliance reports them.</summary>
    Host,
}
