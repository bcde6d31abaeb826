namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>An alert episode a group told about, by the notification that last included it.</summary>
/// <param name="DedupKey">The alert's dedup key.</param>
/// <param name="AlertId">The episode's alert id.</param>
/// <param name="Sequence">The sequence of the notification that last included it; null while it waits for the group's first.</param>
public sealed record NotifiedAlert(string DedupKey, string AlertId, int? Sequence);
