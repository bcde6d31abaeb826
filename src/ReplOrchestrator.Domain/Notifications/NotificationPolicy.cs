using System.Collections.Frozen;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// Valid notification settings, compiled: routes alerts to receivers as Alertmanager does. Hosts build it once
/// at start from <c>Repl:Notifications</c>; <see cref="None"/> when the section is absent.
/// </summary>
/// <remarks>
/// Routing walks the tree depth-first: a route takes an alert when all its matchers match; the first child that
/// takes it wins unless that child sets <c>Continue</c>, in which case later siblings are tried too; a route none
/// of whose children takes the alert takes it itself, so an alert no other route takes goes to the root receiver.
/// </remarks>
public sealed class NotificationPolicy
{
    private readonly FrozenDictionary<string, ReceiverOptions> _receivers;

    private NotificationPolicy(NotificationOptions? options, NotificationRoute? root)
    {
        Options = options;
        Root = root;
        _receivers = (options?.Receivers ?? []).ToFrozenDictionary(r => r.Name, StringComparer.Ordinal);
        Escalation = new SeverityEscalation(options?.EscalateWarningAfter);
    }

    /// <summary>No notifications: every alert has no receiver (it stays visible in the API).</summary>
    public static NotificationPolicy None { get; } = new(null, null);

    /// <summary>Whether any receiver is configured.</summary>
    public bool IsEnabled => Root is not null;

    /// <summary>The settings compiled; null for <see cref="None"/>.</summary>
    public NotificationOptions? Options { get; }

    /// <summary>The compiled root route; null for <see cref="None"/>.</summary>
    public NotificationRoute? Root { get; }

    /// <summary>The escalation rule.</summary>
    public SeverityEscalation Escalation { get; }

    /// <summary>The receivers, in configuration order.</summary>
    public IReadOnlyList<ReceiverOptions> Receivers => Options?.Receivers ?? [];

    /// <summary>Validates and compiles <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">The settings break a rule; the message names every problem by its configuration path.</exception>
    public static NotificationPolicy Create(NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        return new NotificationPolicy(options, NotificationRoute.Compile(options.Route!, "Route", parent: null));
    }

    /// <summary>The receiver named <paramref name="name"/>, as a route match names it.</summary>
    /// <exception cref="KeyNotFoundException">No receiver has that name.</exception>
    public ReceiverOptions Receiver(string name) =>
        _receivers.TryGetValue(name, out var receiver) ? receiver : throw new KeyNotFoundException($"No receiver is named '{name}'.");

    /// <summary>The receiver named <paramref name="name"/>, or false when none is (the settings changed since a notification named it).</summary>
    public bool TryGetReceiver(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReceiverOptions? receiver) =>
        _receivers.TryGetValue(name, out receiver);

    /// <summary>The labels <paramref name="alert"/> is routed by at <paramref name="now"/>, with its effective severity.</summary>
    public AlertLabels Labels(Alert alert, string? host, DateTimeOffset now) =>
        AlertLabels.Of(alert, host, Escalation.EffectiveSeverity(alert, now));

    /// <summary>Every route that takes the alert with <paramref name="labels"/>, in tree order; empty only for <see cref="None"/>.</summary>
    public IReadOnlyList<RouteMatch> Route(AlertLabels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return Root is null ? [] : [.. Root.Match(labels).Select(route => route.MatchFor(labels))];
    }

    /// <summary>Every route that takes <paramref name="alert"/>, whose VM runs on <paramref name="host"/>, at <paramref name="now"/>.</summary>
    public IReadOnlyList<RouteMatch> Route(Alert alert, string? host, DateTimeOffset now) => Route(Labels(alert, host, now));

    /// <summary>The settings without secrets.</summary>
    public override string ToString() => Options?.ToString() ?? "No notifications";
}
