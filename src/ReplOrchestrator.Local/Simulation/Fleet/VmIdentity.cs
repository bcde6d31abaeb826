namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>What a simulated VM is, as opposed to what it is doing.</summary>
/// <param name="VmId">
/// The VM's id: <c>vm-&lt;name&gt;</c> for VMware, the VM's GUID for Hyper-V (the id Hyper-V's event
/// messages quote as "Virtual machine ID").
/// </param>
/// <param name="Name">The VM's display name, as event messages and error messages quote it.</param>
/// <param name="Host">The ESXi host or Hyper-V host the VM runs on.</param>
/// <param name="Disks">The VM's disks.</param>
/// <param name="FrequencySeconds">The Hyper-V Replica frequency reported (30, 300 or 900); null for VMware.</param>
internal sealed record VmIdentity(string VmId, string Name, string Host, IReadOnlyList<DiskSpec> Disks, int? FrequencySeconds);
