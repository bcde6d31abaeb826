using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>Whether a newer version of an alert is news: worth telling people before the repeat interval.</summary>
internal static class AlertChanges
{
    /// <summary>
    /// New information: a different severity, a different most probable cause, or new probe evidence. More
    /// occurrences or a later <see cref="Alert.LastSeen"/> are not news.
    /// </summary>
    public static bool IsMaterial(Alert before, Alert after) =>
        before.Severity != after.Severity
        || before.ProbeResults.Count != after.ProbeResults.Count
        || !SameCause(before.ProbableCauses.FirstOrDefault(), after.ProbableCauses.FirstOrDefault());

    // By value: every assessment builds its evidence list anew, so the records never compare equal.
    private static bool SameCause(AlertCause? before, AlertCause? after) =>
        before is null || after is null
            ? before is null && after is null
            : before.Cause == after.Cause && before.Confidence == after.Confidence && before.Evidence.SequenceEqual(after.Evidence, StringComparer.Ordinal);
}
