namespace ReplOrchestrator.Api.Notifications;

/// <summary>Who an alert was told to and how that went: the <c>notifications</c> member of each alert <c>GET /api/alerts</c> returns.</summary>
/// <param name="State">
/// <c>none</c> when no receiver is configured; <c>waiting</c> while no notification carries the alert yet (grouping, or a
/// silence holds it back); else the worst of its targets: <c>failed</c>, then <c>pending</c>, then <c>delivered</c>.
/// </param>
/// <param name="Receivers">One entry per target of every receiver the alert was routed to.</param>
public sealed record AlertNotificationsView(string State, IReadOnlyList<TargetNotificationView> Receivers)
{
    /// <summary>No receiver is configured: the alert is visible here and nowhere else.</summary>
    public static AlertNotificationsView NoReceiver { get; } = new(States.None, []);

    /// <summary>The state names.</summary>
    public static class States
    {
        /// <summary>No receiver is configured.</summary>
        public const string None = "none";

        /// <summary>No notification carries the alert yet.</summary>
        public const string Waiting = "waiting";

        /// <summary>A notification carries it and is still being delivered.</summary>
        public const string Pending = "pending";

        /// <summary>The target accepted it.</summary>
        public const string Delivered = "delivered";

        /// <summary>The target refused it (a configuration error).</summary>
        public const string Failed = "failed";
    }
}
