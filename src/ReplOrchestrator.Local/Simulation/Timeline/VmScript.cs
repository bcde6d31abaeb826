namespace ReplOrchestrator.Local.Simulation.Timeline;

/// <summary>
/// What a scenario makes one VM do before it settles into healthy cycles: its scripted cycles, the
/// event-log entries it writes, the probes that fail while its cause is present, and a suspension.
/// </summary>
/// <remarks>An empty script is a healthy VM.</remarks>
internal sealed record VmScript
{
    /// <summary>A VM with nothing scripted: healthy cycles from its first start on.</summary>
    public static VmScript Healthy { get; } = new();

    /// <summary>Cycles in start order; healthy cycles follow the last one.</summary>
    public IReadOnlyList<CyclePlan> Cycles { get; init; } = [];

    /// <summary>
    /// When the first healthy cycle starts; null for the usual gap after the last scripted cycle, or
    /// the VM's staggered first start when nothing is scripted.
    /// </summary>
    public DateTimeOffset? HealthyFrom { get; init; }

    /// <summary>Event-log entries, in time order.</summary>
    public IReadOnlyList<TimedEvent> Events { get; init; } = [];

    /// <summary>Probes that fail in a window.</summary>
    public IReadOnlyList<ProbeFault> Faults { get; init; } = [];

    /// <summary>
    /// When replication becomes Suspended; it stays so, with no new cycles, until a
    /// <c>ResumeReplication</c> command arrives.
    /// </summary>
    public DateTimeOffset? SuspendedAt { get; init; }
}
