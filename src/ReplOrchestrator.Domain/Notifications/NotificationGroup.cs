using System.Text.Json.Serialization;
using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// The alerts one route sends to one receiver in one notification: one Teams card and one mail listing them all
/// (an appliance outage that hits 40 VMs is one group by <c>applianceId</c> and <c>code</c>, not 40).
/// </summary>
/// <param name="Key">The group key (see <see cref="RouteMatch.GroupKey"/>).</param>
/// <param name="Receiver">The receiver's name.</param>
/// <param name="RoutePath">The route that formed it.</param>
/// <param name="Timing">The route's timings.</param>
/// <param name="GroupLabels">The group-by labels and their values, shared by every alert of the group.</param>
/// <param name="SendResolved">The receiver's <see cref="ReceiverOptions.SendResolved"/>.</param>
/// <param name="Alerts">The alerts, the one to lead with first (<see cref="NotificationGroups.Of"/> orders them by dedup key).</param>
public sealed record NotificationGroup(
    string Key,
    string Receiver,
    string RoutePath,
    NotificationTiming Timing,
    IReadOnlyList<KeyValuePair<string, string>> GroupLabels,
    bool SendResolved,
    IReadOnlyList<LabeledAlert> Alerts)
{
    /// <summary>The alerts still firing.</summary>
    [JsonIgnore]
    public IEnumerable<LabeledAlert> Firing => Alerts.Where(a => a.Alert.Status == AlertStatus.Firing);

    /// <summary>The alerts that resolved.</summary>
    [JsonIgnore]
    public IEnumerable<LabeledAlert> Resolved => Alerts.Where(a => a.Alert.Status == AlertStatus.Resolved);

    /// <summary>Whether the receiver has anything to be told: a firing alert, or a resolved one when it wants those.</summary>
    [JsonIgnore]
    public bool HasNotification => Firing.Any() || (SendResolved && Resolved.Any());
}
