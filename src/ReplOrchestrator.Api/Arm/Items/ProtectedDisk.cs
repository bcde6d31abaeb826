namespace ReplOrchestrator.Api.Arm.Items;

/// <summary>A <c>VMwareCbtProtectedDiskDetails</c>: one replicated disk.</summary>
/// <param name="DiskId"><c>diskId</c>.</param>
/// <param name="DiskName"><c>diskName</c>.</param>
/// <param name="CapacityInBytes"><c>capacityInBytes</c>.</param>
/// <param name="Gateway">The disk's own <c>gatewayOperationDetails</c>, when the service sends it.</param>
public sealed record ProtectedDisk(string? DiskId, string? DiskName, long? CapacityInBytes, GatewayOperation? Gateway);
