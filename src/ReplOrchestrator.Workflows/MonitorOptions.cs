using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Workflows;

/// <summary>How the eternal monitors and alert lifecycles behave (configuration section <c>Repl:Monitoring</c>).</summary>
public sealed record MonitorOptions : IValidatedOptions
{
    /// <summary>Signals a monitor handles before it continues as new.</summary>
    /// <value>Defaults to 25.</value>
    public int MaxSignalsPerGeneration { get; init; } = 25;

    /// <summary>History events a generation may add (estimated) before it continues as new.</summary>
    /// <value>Defaults to 300: replaying a few hundred events costs well under a millisecond.</value>
    public int MaxEventsPerGeneration { get; init; } = 300;

    /// <summary>How many recent cycles a VM monitor keeps for health and the API.</summary>
    /// <value>Defaults to 20.</value>
    public int RecentCycles { get; init; } = 20;

    /// <summary>
    /// How long an alert raised from event-log entries stays open after the last such entry, unless the
    /// condition it describes (a replication state) still holds.
    /// </summary>
    /// <value>Defaults to 30 minutes: two Hyper-V retry intervals beyond the 5-minute primary retry.</value>
    public TimeSpan EventAlertQuietPeriod { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long a cleared condition must stay clear before its alert resolves; a recurrence within it
    /// continues the same alert. Keeps a flapping VM from producing an alert per flap.
    /// </summary>
    /// <value>Defaults to 2 minutes: short enough that "resolved" still arrives promptly.</value>
    public TimeSpan ResolveHold { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a muted firing alert is checked again, so it is notified soon after its silence ends.</summary>
    /// <value>Defaults to 5 minutes (Alertmanager's group interval).</value>
    public TimeSpan MutedRecheckInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How long to wait before publishing again after the alerts topic refused a message.</summary>
    /// <value>Defaults to 1 minute.</value>
    public TimeSpan PublishRetryInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How many earlier episodes of each alert key are kept for readers paging through <c>GET /api/alerts?history=true</c>.
    /// </summary>
    /// <value>
    /// Defaults to 10: a condition that fires and clears every day keeps more than a week. The history is for
    /// looking back at recent incidents; every publication stays on the alerts topic (and, locally, in the journal).
    /// </value>
    public int AlertHistory { get; init; } = 10;

    /// <summary>How long a queued appliance command waits for its result before it is dropped.</summary>
    /// <value>Defaults to 1 hour.</value>
    public TimeSpan CommandTimeToLive { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Whether a Hyper-V replication suspended at shutdown (event 32086 with 32022, the VM reporting
    /// Suspended or Error) is resumed automatically with a ResumeReplication command, as Microsoft's
    /// restart script does. 32086 alone is a failure to correct first and is never resumed. A suspension
    /// is asked about once: a failed resume updates the alert with the host's answer and the manual step,
    /// and the next attempt waits for the next suspension (after the VM reported Replicating again).
    /// </summary>
    /// <value>Defaults to <see langword="false"/>: resuming is an action on someone's server.</value>
    public bool AutoResumeSuspendedReplication { get; init; }

    /// <summary>
    /// How long a finished cycle, upload or diagnosis stays in the task hub before housekeeping purges it.
    /// What the API shows (monitors, alerts, silences) never finishes and is never purged.
    /// </summary>
    /// <value>Defaults to 7 days: a week of cycle histories to look into after an incident.</value>
    public TimeSpan FinishedInstanceRetention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How often housekeeping purges.</summary>
    /// <value>Defaults to 1 hour.</value>
    public TimeSpan HousekeepingInterval { get; init; } = TimeSpan.FromHours(1);

    /// <inheritdoc />
    public IReadOnlyList<string> Validate() => new OptionRules()
        .Between(nameof(MaxSignalsPerGeneration), MaxSignalsPerGeneration, 1, 1000)
        .Between(nameof(MaxEventsPerGeneration), MaxEventsPerGeneration, 20, 10_000)
        .Between(nameof(RecentCycles), RecentCycles, 1, 500)
        .Between(nameof(EventAlertQuietPeriod), EventAlertQuietPeriod, TimeSpan.FromSeconds(1), TimeSpan.FromDays(7))
        .Between(nameof(ResolveHold), ResolveHold, TimeSpan.Zero, TimeSpan.FromHours(1))
        .Between(nameof(MutedRecheckInterval), MutedRecheckInterval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1))
        .Between(nameof(PublishRetryInterval), PublishRetryInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1))
        .Between(nameof(AlertHistory), AlertHistory, 0, 50)
        .Between(nameof(CommandTimeToLive), CommandTimeToLive, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1))
        .Between(nameof(FinishedInstanceRetention), FinishedInstanceRetention, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365))
        .Between(nameof(HousekeepingInterval), HousekeepingInterval, TimeSpan.FromSeconds(1), TimeSpan.FromDays(1))
        .Problems;
}
