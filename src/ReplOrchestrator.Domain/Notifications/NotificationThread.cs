namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// Where one notification stands in its group's episode (from the first firing notification to the resolution), so
/// receivers that thread can: mail clients by <c>Message-ID</c>, <c>In-Reply-To</c> and <c>References</c>.
/// </summary>
/// <param name="EpisodeId">
/// Identifies the group's episode; deterministic (derived from the group key and the episode's start), made of
/// lower-case letters, digits and <c>-</c>, so a retried notification carries the same identifiers as its first attempt.
/// </param>
/// <param name="Sequence">The notification's place in the episode: 0 for the first, then 1, 2, … for repeats, updates and the resolution.</param>
public sealed record NotificationThread(string EpisodeId, int Sequence)
{
    /// <summary>Whether this notification opens its episode (nothing to reply to).</summary>
    public bool IsFirst => Sequence == 0;
}
