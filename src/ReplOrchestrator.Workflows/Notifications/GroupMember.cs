using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>One alert of a notification group.</summary>
/// <param name="Entry">The alert as last routed, with its labels.</param>
public sealed record GroupMember(LabeledAlert Entry)
{
    /// <summary>What the receiver has not been told.</summary>
    public MemberNews News { get; init; } = MemberNews.New;

    /// <summary>The sequence of the last notification that included the alert; null before the first.</summary>
    public int? NotifiedSequence { get; init; }

    /// <summary>The alert's dedup key.</summary>
    public string DedupKey => Entry.Alert.DedupKey;
}
