using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>
/// Keeps a group's durable state small however many alerts it holds: a task hub limits every input, event and custom
/// status (1 MB in the Durable Task Scheduler), and a host outage can put hundreds of VMs in one group.
/// </summary>
/// <remarks>
/// A card or mail details only its first alerts and names the rest in one line each, so only the first
/// <see cref="FullDetail"/> members keep their probe results and every piece of evidence; later ones keep what their
/// one line and a short section need.
/// </remarks>
internal static class GroupLimits
{
    /// <summary>How many members keep their alerts in full: the ones that joined first.</summary>
    public const int FullDetail = 20;

    /// <summary>How many alerts the API status names (the rest are counted).</summary>
    public const int StatusAlerts = 500;

    /// <summary><paramref name="entry"/> as the group keeps it when <paramref name="members"/> already hold <see cref="FullDetail"/> in full.</summary>
    public static LabeledAlert Kept(LabeledAlert entry, int members) =>
        members < FullDetail ? entry : entry with { Alert = Slim(entry.Alert) };

    private static Alert Slim(Alert alert) => alert with
    {
        ProbableCauses = [.. alert.ProbableCauses.Take(1).Select(c => c with { Evidence = [.. c.Evidence.Take(1)] })],
        RecommendedActions = [.. alert.RecommendedActions.Take(2)],
        ProbeResults = [],
        Links = [.. alert.Links.Take(1)],
    };
}
