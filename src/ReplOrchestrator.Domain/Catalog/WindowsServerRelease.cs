namespace ReplOrchestrator.Domain.Catalog;

/// <summary>The Windows Server release a set of Hyper-V events points to; the backup conflict differs between them.</summary>
public enum WindowsServerRelease
{
    /// <summary>The events do not tell.</summary>
    Unknown,

    /// <summary>Windows Server 2012: replication fails while a replica-host backup runs; health degrades, the primary goes to Error.</summary>
    WindowsServer2012,

    /// <summary>Windows Server 2012 R2: apply is asynchronous; replication continues, health stays normal, only events appear.</summary>
    WindowsServer2012R2,
}
