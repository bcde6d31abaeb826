namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>Tells a new heartbeat from a repeated or late one, and keeps each appliance's heartbeats in order.</summary>
/// <remarks>
/// <para>
/// Within one epoch (or without any) heartbeats are ordered by <c>sequence</c>. A heartbeat of another
/// epoch starts a new order, whatever its sequence, unless it was sent before the current order began:
/// then it is a late one of an earlier run. A lower sequence of the current epoch sent after everything
/// taken in it means the agent counts again (it lost its count), and also starts a new order.
/// </para>
/// <para>
/// So no heartbeat holds the others back for longer than its own <c>sentAt</c> lies ahead of theirs, which
/// the contract bounds by the allowed clock skew: a heartbeat sent after it is always taken.
/// </para>
/// </remarks>
public static class HeartbeatSequence
{
    /// <summary>
    /// The largest sequence a heartbeat may carry: 2^53 − 1, the largest integer every JSON reader holds
    /// exactly (I-JSON, RFC 7493, section 2.2). One heartbeat a second would take 285 million years to reach it.
    /// </summary>
    public const long MaxValue = 9_007_199_254_740_991;

    /// <summary>
    /// Whether a forwarded heartbeat with <paramref name="sequence"/> is newer than the last one taken; a
    /// repeat or an older sequence is ignored. A last sequence above <see cref="MaxValue"/> was taken before
    /// that bound existed and cannot be real, so it holds nothing back.
    /// </summary>
    /// <param name="lastTaken">The sequence of the last heartbeat taken, or null when none was.</param>
    /// <param name="sequence">The sequence of the heartbeat just received.</param>
    public static bool IsNewer(long? lastTaken, long sequence) => lastTaken is not { } last || last > MaxValue || sequence > last;

    /// <summary>What <paramref name="heartbeat"/> is to <paramref name="order"/> (see the remarks of <see cref="HeartbeatSequence"/>).</summary>
    /// <param name="order">Where the appliance's heartbeats stand, or <see langword="null"/> before its first.</param>
    /// <param name="heartbeat">The heartbeat just received.</param>
    public static HeartbeatVerdict Judge(HeartbeatOrder? order, Heartbeat heartbeat)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        if (order is null)
        {
            return HeartbeatVerdict.Next;
        }

        if (!string.Equals(heartbeat.Epoch, order.Epoch, StringComparison.Ordinal))
        {
            return heartbeat.SentAt > order.StartedAt ? HeartbeatVerdict.NewEpoch : HeartbeatVerdict.Stale;
        }

        if (heartbeat.Sequence > order.Sequence)
        {
            return HeartbeatVerdict.Next;
        }

        return heartbeat.Sequence < order.Sequence && heartbeat.SentAt > order.LatestSentAt ? HeartbeatVerdict.Restarted : HeartbeatVerdict.Repeat;
    }

    /// <summary>Whether a heartbeat so judged is taken (otherwise it is acknowledged as a duplicate and changes nothing).</summary>
    public static bool IsTaken(this HeartbeatVerdict verdict) => verdict is HeartbeatVerdict.Next or HeartbeatVerdict.NewEpoch or HeartbeatVerdict.Restarted;

    /// <summary>Judges <paramref name="heartbeat"/> once and, when it is taken, the order after it.</summary>
    /// <param name="order">Where the appliance's heartbeats stood, or <see langword="null"/> before its first.</param>
    /// <param name="heartbeat">The heartbeat.</param>
    /// <returns>The verdict, and the next order; <see langword="null"/> when the heartbeat is not taken.</returns>
    public static (HeartbeatVerdict Verdict, HeartbeatOrder? Next) TryTake(HeartbeatOrder? order, Heartbeat heartbeat)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        var verdict = Judge(order, heartbeat);
        if (!verdict.IsTaken())
        {
            return (verdict, null);
        }

        var taken = (order?.Taken ?? 0) + 1;
        var next = order is not null && verdict == HeartbeatVerdict.Next
            ? order with { Sequence = heartbeat.Sequence, LatestSentAt = Max(order.LatestSentAt, heartbeat.SentAt), Taken = taken }
            : new HeartbeatOrder(heartbeat.Epoch, heartbeat.Sequence, heartbeat.SentAt, heartbeat.SentAt, taken);
        return (verdict, next);
    }

    /// <summary>The order after taking <paramref name="heartbeat"/>, which <see cref="Judge"/> finds taken.</summary>
    /// <param name="order">Where the appliance's heartbeats stood, or <see langword="null"/> before its first.</param>
    /// <param name="heartbeat">The heartbeat taken.</param>
    /// <exception cref="ArgumentException">The heartbeat is not taken against <paramref name="order"/>.</exception>
    public static HeartbeatOrder Take(HeartbeatOrder? order, Heartbeat heartbeat) =>
        TryTake(order, heartbeat) is (_, { } next)
            ? next
            : throw new ArgumentException($"A heartbeat judged {Judge(order, heartbeat)} is not taken.", nameof(heartbeat));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
