using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.TestUtilities.Notifications;

namespace ReplOrchestrator.Api.Tests.Notifications;

/// <summary>The diagnosed alerts and groups of the card tests, with the VM names the email sender tests mail about.</summary>
internal static class EmailGroups
{
    public static readonly DateTimeOffset Epoch = TestAlerts.FiredAt;

    public static Alert Diagnosed(string vmId = "sql01") => TeamsGroups.Diagnosed(vmId);

    public static NotificationGroup Group(params Alert[] alerts) => TeamsGroups.Group(alerts);
}
