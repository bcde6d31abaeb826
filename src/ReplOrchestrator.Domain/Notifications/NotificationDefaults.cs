namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// The defaults of <c>Repl:Notifications</c> and the ranges its durations must lie in. The route timings
/// are Prometheus Alertmanager's, so its users meet the values they know.
/// </summary>
public static class NotificationDefaults
{
    /// <summary>30 seconds: Alertmanager's <c>group_wait</c>, the wait before a new group's first notification.</summary>
    public static readonly TimeSpan GroupWait = TimeSpan.FromSeconds(30);

    /// <summary>5 minutes: Alertmanager's <c>group_interval</c>, the wait before telling about changes to a group already notified.</summary>
    public static readonly TimeSpan GroupInterval = TimeSpan.FromMinutes(5);

    /// <summary>4 hours: Alertmanager's <c>repeat_interval</c>, the wait before notifying a group still firing again.</summary>
    public static readonly TimeSpan RepeatInterval = TimeSpan.FromHours(4);

    /// <summary>The longest <c>GroupWait</c> accepted: 1 hour.</summary>
    public static readonly TimeSpan MaxGroupWait = TimeSpan.FromHours(1);

    /// <summary>The longest <c>GroupInterval</c> accepted: 1 day (the shortest is 1 second).</summary>
    public static readonly TimeSpan MaxGroupInterval = TimeSpan.FromDays(1);

    /// <summary>The longest <c>RepeatInterval</c> and <c>EscalateWarningAfter</c> accepted: 7 days (the shortest is 1 second).</summary>
    public static readonly TimeSpan MaxRepeatInterval = TimeSpan.FromDays(7);

    /// <summary>The shortest interval accepted: 1 second, so demonstrations and tests can run in seconds.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long one regex matcher may take on one label value before it counts as not matching: 1 second.
    /// Matchers run on a linear-time engine over values of at most a few hundred characters, so a warm match takes
    /// microseconds; the margin is for a first match on a busy machine, which a quarter of a second did not cover.
    /// </summary>
    public static readonly TimeSpan RegexMatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The root route's grouping when it names none: one group per appliance and catalog code.</summary>
    public static IReadOnlyList<string> GroupBy { get; } = [NotificationLabels.ApplianceId, NotificationLabels.Code];

    /// <summary>STARTTLS, which the ACS SMTP relay and most submission servers expect.</summary>
    public const SmtpSecurity Security = SmtpSecurity.StartTls;

    /// <summary>The port an email target uses when it names none: 25 plain, 587 STARTTLS, 465 TLS.</summary>
    public static int SmtpPortFor(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => 25,
        SmtpSecurity.Tls => 465,
        _ => 587,
    };
}
