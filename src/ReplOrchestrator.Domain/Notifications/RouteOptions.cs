using System.Globalization;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// One node of the route tree, shaped like Alertmanager's <c>route</c>; the root is bound from
/// <c>Repl:Notifications:Route</c>, its children from <c>…:Routes:{k}</c>. Every value left unset is taken from
/// the parent route, and the root's from <see cref="NotificationDefaults"/>.
/// </summary>
public sealed record RouteOptions
{
    /// <summary>The receiver that gets the alerts this route takes; required on the root, inherited when unset.</summary>
    public string? Receiver { get; init; }

    /// <summary>The labels whose values make a group (one notification per group).</summary>
    /// <value>Inherited; the root defaults to <c>applianceId</c>, <c>code</c>.</value>
    public IReadOnlyList<string>? GroupBy { get; init; }

    /// <summary>How long a new group waits before its first notification, so alerts raised together go out together.</summary>
    /// <value>Inherited; the root defaults to 30 s. 0 to 1 h.</value>
    public TimeSpan? GroupWait { get; init; }

    /// <summary>How long after a notification a group with new or resolved alerts is told again.</summary>
    /// <value>Inherited; the root defaults to 5 min. 1 s to 1 day.</value>
    public TimeSpan? GroupInterval { get; init; }

    /// <summary>How long after a notification a group still firing unchanged is told again; not shorter than the group interval.</summary>
    /// <value>Inherited; the root defaults to 4 h. 1 s to 7 days.</value>
    public TimeSpan? RepeatInterval { get; init; }

    /// <summary>What an alert must match for this route to take it (all of them); empty matches every alert. Not allowed on the root.</summary>
    public IReadOnlyList<string> Matchers { get; init; } = [];

    /// <summary>Whether sibling routes after this one are still tried when it matched. Not allowed on the root.</summary>
    public bool Continue { get; init; }

    /// <summary>Child routes, tried depth-first in order; the first that matches takes the alert unless it continues.</summary>
    public IReadOnlyList<RouteOptions> Routes { get; init; } = [];

    /// <summary>Describes the route and its children on one line.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{{{string.Join(", ", Matchers)}}} → {Receiver ?? "(inherited)"}{(Continue ? " continue" : string.Empty)}")
        + (Routes.Count == 0 ? string.Empty : $" [{string.Join("; ", Routes)}]");
}
