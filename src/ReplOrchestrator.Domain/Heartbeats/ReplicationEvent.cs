namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>An event-log entry about replication, such as Hyper-V VMMS event 32086.</summary>
/// <param name="EventId">The event id, 0 to 65535.</param>
/// <param name="Source">The event source, for example <c>Microsoft-Windows-Hyper-V-VMMS</c>.</param>
/// <param name="Level">The event level.</param>
/// <param name="VmId">The VM the event is about, when the agent could tell; otherwise null.</param>
/// <param name="TimeCreated">When the event was logged.</param>
/// <param name="Message">The event's description text; empty when the agent sent none.</param>
public sealed record ReplicationEvent(
    int EventId,
    string Source,
    ReplicationEventLevel Level,
    string? VmId,
    DateTimeOffset TimeCreated,
    string Message);
