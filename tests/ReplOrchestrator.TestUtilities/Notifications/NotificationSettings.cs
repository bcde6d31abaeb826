using System.Globalization;

namespace ReplOrchestrator.TestUtilities.Notifications;

/// <summary>
/// <c>Repl:Notifications</c> for tests that run the host against a real webhook listener and a real SMTP server:
/// one receiver with one Teams and one email target, and waits of a second so a notification leaves at once.
/// </summary>
public static class NotificationSettings
{
    /// <summary>The settings for a receiver <c>oncall</c> that posts to <paramref name="webhook"/> and, given a port, mails through a loopback SMTP server.</summary>
    public static Dictionary<string, string?> For(Uri webhook, int? smtpPort = null)
    {
        var settings = new Dictionary<string, string?>
        {
            // Alerts reach routing as soon as they fire, and the route's group waits a second.
            ["Repl:Alerts:GroupWait"] = "00:00:00",
            ["Repl:Notifications:Route:Receiver"] = "oncall",
            ["Repl:Notifications:Route:GroupWait"] = "00:00:01",
            ["Repl:Notifications:Route:GroupInterval"] = "00:00:01",
            ["Repl:Notifications:Receivers:0:Name"] = "oncall",
            ["Repl:Notifications:Receivers:0:Teams:0:WebhookUrl"] = webhook.ToString(),
        };
        if (smtpPort is { } port)
        {
            settings["Repl:Notifications:Receivers:0:Email:0:To:0"] = "oncall@contoso.com";
            settings["Repl:Notifications:Receivers:0:Email:0:From"] = "Replication monitor <repl@alerts.contoso.com>";
            settings["Repl:Notifications:Receivers:0:Email:0:SmtpHost"] = "127.0.0.1";
            settings["Repl:Notifications:Receivers:0:Email:0:SmtpPort"] = port.ToString(CultureInfo.InvariantCulture);
            settings["Repl:Notifications:Receivers:0:Email:0:Security"] = "None";
        }

        return settings;
    }

    /// <summary>The same settings as environment variables, as a process is given them.</summary>
    public static Dictionary<string, string> AsEnvironment(this Dictionary<string, string?> settings) =>
        settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value ?? string.Empty);
}
