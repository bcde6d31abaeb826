namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>What a <see cref="CycleSignal"/> tells a cycle.</summary>
public enum CycleSignalKind
{
    /// <summary>A newer report of the cycle, from its VM monitor.</summary>
    Report,

    /// <summary>A newer cycle of the VM began before this one was reported finished.</summary>
    Superseded,

    /// <summary>One of the cycle's disk uploads ran past its stall limit or cap.</summary>
    UploadTimedOut,
}
