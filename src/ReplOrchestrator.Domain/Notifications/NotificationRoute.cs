using System.Globalization;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// One node of a compiled route tree: its matchers parsed and every inherited value filled in. Built by
/// <see cref="NotificationPolicy.Create"/> from valid <see cref="RouteOptions"/>.
/// </summary>
public sealed class NotificationRoute
{
    private NotificationRoute(
        string path, string receiver, IReadOnlyList<LabelMatcher> matchers, bool @continue, IReadOnlyList<string> groupBy, NotificationTiming timing)
    {
        Path = path;
        Receiver = receiver;
        Matchers = matchers;
        Continue = @continue;
        GroupBy = groupBy;
        Timing = timing;
    }

    /// <summary>The route's configuration path under <c>Repl:Notifications</c>: <c>Route</c>, <c>Route:Routes:0</c>, …</summary>
    public string Path { get; }

    /// <summary>The receiver, its own or inherited.</summary>
    public string Receiver { get; }

    /// <summary>What an alert must match (all of them); empty on the root.</summary>
    public IReadOnlyList<LabelMatcher> Matchers { get; }

    /// <summary>Whether later siblings are tried after this route matched.</summary>
    public bool Continue { get; }

    /// <summary>The group-by labels, sorted by name as Alertmanager sorts a group key's labels.</summary>
    public IReadOnlyList<string> GroupBy { get; }

    /// <summary>The route's timings, its own or inherited.</summary>
    public NotificationTiming Timing { get; }

    /// <summary>The child routes, in order.</summary>
    public IReadOnlyList<NotificationRoute> Routes { get; private set; } = [];

    /// <summary>Whether the alert with <paramref name="labels"/> satisfies every matcher of this route (children aside).</summary>
    public bool Matches(AlertLabels labels) => Matchers.All(m => m.Matches(labels));

    /// <summary>The group this route puts the alert with <paramref name="labels"/> in.</summary>
    public RouteMatch MatchFor(AlertLabels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var values = GroupBy.Select(label => KeyValuePair.Create(label, labels.Get(label))).ToList();
        var key = string.Create(CultureInfo.InvariantCulture, $"{Receiver}|{Path}|{string.Join(",", values.Select(v => $"{v.Key}={v.Value}"))}");
        return new RouteMatch(Receiver, key, Timing, Path, values);
    }

    /// <summary>Alertmanager's walk: the routes that take the alert below and including this one, or none when this one does not match.</summary>
    internal List<NotificationRoute> Match(AlertLabels labels)
    {
        var taken = new List<NotificationRoute>();
        if (!Matches(labels))
        {
            return taken;
        }

        foreach (var child in Routes)
        {
            var below = child.Match(labels);
            taken.AddRange(below);
            if (below.Count > 0 && !child.Continue)
            {
                break;
            }
        }

        // No child took it: this route does.
        if (taken.Count == 0)
        {
            taken.Add(this);
        }

        return taken;
    }

    /// <summary>Compiles valid options; a child inherits <paramref name="parent"/>'s receiver, grouping and timings.</summary>
    internal static NotificationRoute Compile(RouteOptions options, string path, NotificationRoute? parent)
    {
        var groupBy = options.GroupBy is { } own
            ? own.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : parent?.GroupBy ?? NotificationDefaults.GroupBy;
        var route = new NotificationRoute(
            path,
            string.IsNullOrWhiteSpace(options.Receiver) ? parent!.Receiver : options.Receiver,
            parent is null ? [] : [.. options.Matchers.Select(LabelMatcher.Parse)],
            options.Continue,
            groupBy,
            (parent?.Timing ?? NotificationTiming.Default).With(options));
        route.Routes = [.. options.Routes.Select((child, k) => Compile(child, string.Create(CultureInfo.InvariantCulture, $"{path}:Routes:{k}"), route))];
        return route;
    }

    /// <summary>The route's path, matchers and receiver.</summary>
    public override string ToString() => $"{Path} {{{string.Join(", ", Matchers)}}} → {Receiver}{(Continue ? " (continue)" : string.Empty)}";
}
