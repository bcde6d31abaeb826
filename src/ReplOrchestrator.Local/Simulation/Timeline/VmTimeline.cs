using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Local.Simulation.Timeline;

/// <summary>
/// One VM's life over simulated time: the scenario's script, then healthy cycles made as time reaches
/// them, held back while replication is suspended.
/// </summary>
/// <remarks>
/// Everything but the resume is decided up front, so the same seed and start give the same reports
/// at the same instants however the heartbeats are timed. Not thread-safe; the VM serialises calls.
/// </remarks>
internal sealed class VmTimeline
{
    private readonly VmScript _script;
    private readonly CycleFactory _factory;
    private readonly List<CyclePlan> _cycles;
    private DateTimeOffset _nextStart;
    private DateTimeOffset? _resumedAt;

    public VmTimeline(VmScript script, CycleFactory factory, DateTimeOffset firstStart)
    {
        _script = script;
        _factory = factory;
        _cycles = [.. script.Cycles];
        _nextStart = script.HealthyFrom
            ?? (script.Cycles.Count > 0 ? factory.NextStartAfter(script.Cycles[^1]) : firstStart);
    }

    /// <summary>The replication state at <paramref name="now"/>.</summary>
    public ReplicationState StateAt(DateTimeOffset now) =>
        IsSuspendedAt(now) ? ReplicationState.Suspended : ReplicationState.Replicating;

    /// <summary>The cycle a heartbeat at <paramref name="now"/> reports, or null between cycles.</summary>
    public CyclePlan? CycleAt(DateTimeOffset now)
    {
        Extend(now);
        var current = _cycles.LastOrDefault(c => c.StartedAt <= now);
        if (current is not null)
        {
            // Cycles no heartbeat can see again are dropped, so a long run holds a handful per VM.
            _cycles.RemoveAll(c => c.StartedAt < current.StartedAt);
        }

        return current is not null && current.IsVisibleAt(now) ? current : null;
    }

    /// <summary>Event-log entries written after <paramref name="after"/> up to and including <paramref name="upTo"/>.</summary>
    public IEnumerable<TimedEvent> EventsBetween(DateTimeOffset after, DateTimeOffset upTo) =>
        _script.Events.Where(e => e.At > after && e.At <= upTo);

    /// <summary>The probe failures whose cause is present at <paramref name="now"/>.</summary>
    public IEnumerable<ProbeFault> FaultsAt(DateTimeOffset now) => _script.Faults.Where(f => f.IsActiveAt(now));

    /// <summary>Resumes suspended replication at <paramref name="now"/>; false when it was not suspended.</summary>
    public bool Resume(DateTimeOffset now)
    {
        if (!IsSuspendedAt(now))
        {
            return false;
        }

        _resumedAt = now;
        var next = _factory.Clock.NextHalfBeatAfter(now);
        _nextStart = next > _nextStart ? next : _nextStart;
        return true;
    }

    private bool IsSuspendedAt(DateTimeOffset now) =>
        _script.SuspendedAt is { } suspended && now >= suspended && (_resumedAt is not { } resumed || now < resumed);

    private void Extend(DateTimeOffset now)
    {
        while (_nextStart <= now && !IsSuspendedAt(_nextStart))
        {
            var cycle = _factory.Healthy(_nextStart);
            _cycles.Add(cycle);
            _nextStart = _factory.NextStartAfter(cycle);
        }
    }
}
