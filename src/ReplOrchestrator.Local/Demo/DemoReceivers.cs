using Microsoft.Extensions.Configuration;

namespace ReplOrchestrator.Local.Demo;

/// <summary>
/// The demo's receivers: its own Teams webhook and SMTP relay on loopback ports, unless the user's own settings
/// (<c>appsettings.json</c> or <c>Repl__Notifications__…</c> variables) already say who is told.
/// </summary>
internal sealed class DemoReceivers : IAsyncDisposable
{
    private readonly DemoWebhookSink? _teams;
    private readonly DemoSmtpSink? _smtp;

    private DemoReceivers(DemoWebhookSink? teams, DemoSmtpSink? smtp, IReadOnlyDictionary<string, string?> settings, string description)
    {
        (_teams, _smtp, Settings, Description) = (teams, smtp, settings, description);
    }

    /// <summary>The notification settings to add; empty when the user's own apply.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>One line saying where notifications go.</summary>
    public string Description { get; }

    /// <summary>Whether the demo's own sinks receive the notifications.</summary>
    public bool IsOwn => _teams is not null;

    public static async Task<DemoReceivers> StartUnlessConfiguredAsync(DemoInbox inbox, CancellationToken cancellationToken)
    {
        var user = new ConfigurationBuilder().AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true).AddEnvironmentVariables().Build();
        if (user.GetSection("Repl:Notifications").Exists())
        {
            return new DemoReceivers(null, null, new Dictionary<string, string?>(), "Notifications: to the receivers in your Repl:Notifications settings.");
        }

        var teams = await DemoWebhookSink.StartAsync(inbox, cancellationToken).ConfigureAwait(false);
        var smtp = DemoSmtpSink.Start(inbox);
        return new DemoReceivers(teams, smtp, DemoSettings.Notifications(teams.Url, smtp.Port),
            $"Notifications: receiver 'oncall' posts to a Teams stand-in at {teams.Url} and mails through an SMTP relay at 127.0.0.1:{smtp.Port}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_teams is not null)
        {
            await _teams.DisposeAsync().ConfigureAwait(false);
        }

        if (_smtp is not null)
        {
            await _smtp.DisposeAsync().ConfigureAwait(false);
        }
    }
}
