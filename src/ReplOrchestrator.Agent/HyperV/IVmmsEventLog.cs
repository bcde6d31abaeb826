namespace ReplOrchestrator.Agent.HyperV;

/// <summary>The <c>Microsoft-Windows-Hyper-V-VMMS-Admin</c> log, read from a bookmark on.</summary>
internal interface IVmmsEventLog
{
    /// <summary>
    /// The seed events (<see cref="VmmsEvents.Ids"/>) after record <paramref name="afterRecordId"/>, or, without a
    /// bookmark, those of the last <paramref name="lookback"/>; with the record id to continue after.
    /// </summary>
    /// <exception cref="HostCommandException">The log could not be read; the message is one line.</exception>
    Task<VmmsEventRead> ReadAsync(long? afterRecordId, TimeSpan lookback, CancellationToken cancellationToken);
}
