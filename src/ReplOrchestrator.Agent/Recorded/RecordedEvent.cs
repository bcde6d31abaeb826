namespace ReplOrchestrator.Agent.Recorded;

/// <summary>One <c>Microsoft-Windows-Hyper-V-VMMS-Admin</c> entry, for <see cref="RecordedHostWriter"/>.</summary>
/// <param name="RecordId">The log's record id; the agent's bookmark, so it must grow.</param>
/// <param name="EventId">The event id, for example 32022 or 32086.</param>
/// <param name="VmId">The VM's id.</param>
/// <param name="VmName">The VM's name.</param>
/// <param name="At">When VMMS logged it.</param>
/// <param name="Message">The rendered message, as Event Viewer shows it.</param>
public sealed record RecordedEvent(long RecordId, int EventId, string VmId, string VmName, DateTimeOffset At, string Message);
