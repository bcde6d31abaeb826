namespace ReplOrchestrator.Api.Arm.Observations;

/// <summary>
/// What the ARM source remembers of one migration item between polls, to give cycles ids and ends the API does not:
/// a cycle is the work that follows a recovery point, so a new <c>lastRecoveryPointId</c> means the running cycle completed.
/// </summary>
/// <param name="RecoveryPointId">The last recovery point seen (<c>none</c> before the first).</param>
/// <param name="Attempt">How many cycles after it failed: a failed cycle is retried from the same recovery point under a new id.</param>
/// <param name="ActiveCycleId">The cycle last reported running, not yet reported ended.</param>
/// <param name="ActiveSince">When that cycle started, by its gateway's elapsed time.</param>
/// <param name="LastFailureAt">The creation time of the newest health error already reported as a failed cycle.</param>
public sealed record ItemTrack(string RecoveryPointId, int Attempt, string? ActiveCycleId, DateTimeOffset? ActiveSince, DateTimeOffset? LastFailureAt);
