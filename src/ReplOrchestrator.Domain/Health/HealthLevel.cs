namespace ReplOrchestrator.Domain.Health;

/// <summary>A VM's replication health; values order by badness, so they compare.</summary>
public enum HealthLevel
{
    /// <summary>Cycles run on schedule, the RPO is met, no recent failures.</summary>
    Normal = 0,

    /// <summary>Replication runs but lags, misses cycles or just failed; often transient.</summary>
    Warning = 1,

    /// <summary>Replication has stopped or keeps failing, or the RPO is far exceeded.</summary>
    Critical = 2,
}
