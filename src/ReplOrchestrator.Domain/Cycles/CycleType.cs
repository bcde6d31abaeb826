namespace ReplOrchestrator.Domain.Cycles;

/// <summary>Whether a cycle copies whole disks or only the changes since the last good cycle.</summary>
public enum CycleType
{
    /// <summary>Initial replication: full copies of every disk.</summary>
    Initial,

    /// <summary>An incremental cycle: the blocks changed since the previous successful cycle.</summary>
    Delta,
}
