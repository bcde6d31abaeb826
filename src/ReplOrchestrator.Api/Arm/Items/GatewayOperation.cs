namespace ReplOrchestrator.Api.Arm.Items;

/// <summary>A <c>GatewayOperationDetails</c>: what the appliance's gateway is doing for an item or one of its disks.</summary>
/// <param name="State">The operation's state, free text in the API (e.g. a snapshot, upload or cleanup step).</param>
/// <param name="ProgressPercentage">0 to 100.</param>
/// <param name="TimeElapsed">Milliseconds elapsed, as the API counts them.</param>
/// <param name="TimeRemaining">Milliseconds remaining.</param>
/// <param name="UploadSpeed">Bytes per second.</param>
/// <param name="HostName">The ESXi host the gateway reads the disks from.</param>
/// <param name="DataStores">The datastores it reads.</param>
public sealed record GatewayOperation(
    string? State,
    int? ProgressPercentage,
    long? TimeElapsed,
    long? TimeRemaining,
    long? UploadSpeed,
    string? HostName,
    IReadOnlyList<string> DataStores);
