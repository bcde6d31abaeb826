using System.Globalization;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Api.Arm.Observations;

/// <summary>
/// What the ARM source knows of one migration item between polls, to give cycles ids and ends the API does not:
/// a cycle is the work that follows a recovery point, so a new <c>lastRecoveryPointId</c> means the running cycle completed.
/// </summary>
/// <remarks>
/// Nothing of it is held by the poller: the running cycle is the VM monitor's own, and the rest travels with each report
/// as its <see cref="Domain.Heartbeats.VmReport.SourceMemo"/> and comes back with the monitor's status. So a restarted
/// process, or another instance, picks the item up where the last poll that reached the monitor left it. A poll that
/// reads the status before the monitor took the poll before it decides again what that one decided: its reports repeat
/// under the same cycle ids, which the monitor takes as repeats. The bookkeeping is not rebuilt from the monitor's recent
/// cycles: those are bounded (missed cycles fill them too), and a failed cycle's end is when it was polled, not when its
/// health error was raised, so a retry id could come round again or an error be reported twice.
/// </remarks>
/// <param name="RecoveryPoint">A digest of the last recovery point seen (of <c>none</c> before the first), as cycle ids carry it.</param>
/// <param name="Attempt">How many cycles after it failed: a failed cycle is retried from the same recovery point under a new id.</param>
/// <param name="ActiveCycleId">The cycle last reported running, not yet reported ended.</param>
/// <param name="ActiveSince">When that cycle started, by its gateway's elapsed time.</param>
/// <param name="LastFailureAt">The creation time of the newest health error already reported as a failed cycle.</param>
public sealed record ItemTrack(string RecoveryPoint, int Attempt, string? ActiveCycleId, DateTimeOffset? ActiveSince, DateTimeOffset? LastFailureAt)
{
    private const char Separator = '/';

    /// <summary>The track the VM monitor's <paramref name="status"/> holds, or <see langword="null"/> when it holds none.</summary>
    public static ItemTrack? From(VmStatus? status)
    {
        var memo = status?.SourceMemo?.Split(Separator);
        if (memo is not [{ Length: > 0 } recoveryPoint, var attempt, var failure]
            || !int.TryParse(attempt, NumberStyles.None, CultureInfo.InvariantCulture, out var attempts)
            || !TryParseTime(failure, out var lastFailureAt))
        {
            return null;
        }

        // A cycle that ended is no longer running, even while its end has not reached the monitor's status.
        var active = status!.CurrentCycle is { Phase: not (CyclePhase.Completed or CyclePhase.Failed) } running ? running : null;
        return new ItemTrack(recoveryPoint, attempts, active?.CycleId, active?.StartedAt, lastFailureAt);
    }

    /// <summary>What the VM monitor keeps for the next poll: all but the running cycle, which it knows itself.</summary>
    public string ToMemo() => string.Join(Separator, RecoveryPoint, Attempt.ToString(CultureInfo.InvariantCulture), LastFailureAt?.ToString("O", CultureInfo.InvariantCulture));

    private static bool TryParseTime(string text, out DateTimeOffset? time)
    {
        time = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (!DateTimeOffset.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        time = parsed;
        return true;
    }
}
