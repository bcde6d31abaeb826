namespace ReplOrchestrator.Local.Simulation.Fleet;

/// <summary>One virtual disk of a simulated VM.</summary>
/// <param name="DiskId">The disk's id, unique within the VM (<c>disk-0</c>, <c>disk-1</c>, …).</param>
/// <param name="SizeBytes">The disk's provisioned size; a delta cycle uploads a few percent of it.</param>
internal sealed record DiskSpec(string DiskId, long SizeBytes);
