using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// Finds every problem of a <see cref="NotificationOptions"/> tree, each named by its configuration path, in the
/// order the keys are read: escalation, receivers, then routes depth-first.
/// </summary>
internal sealed partial class NotificationOptionsValidator
{
    private const string Section = NotificationOptions.Section;
    private readonly OptionRules _rules = new();
    private readonly Dictionary<string, int> _receivers = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> Validate(NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var validator = new NotificationOptionsValidator();
        if (options.EscalateWarningAfter is { } after)
        {
            validator._rules.Between($"{Section}:EscalateWarningAfter", after, NotificationDefaults.MinInterval, NotificationDefaults.MaxRepeatInterval);
        }

        if (options.DashboardUrl is { } dashboard)
        {
            validator._rules.Require(
                Uri.TryCreate(dashboard, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" && string.IsNullOrEmpty(url.Query) && string.IsNullOrEmpty(url.Fragment),
                $"{Section}:DashboardUrl must be an absolute http(s) URL without a query or fragment, such as https://func-repl.azurewebsites.net/api/dashboard/.");
        }

        for (var n = 0; n < options.Receivers.Count; n++)
        {
            validator.Receiver(options.Receivers[n], $"{Section}:Receivers:{n}", n);
        }

        if (options.Route is null)
        {
            validator._rules.Require(false, $"{Section}:Route:Receiver is required: the root route's receiver gets every alert no other route takes.");
        }
        else
        {
            validator.Root(options.Route);
        }

        return validator._rules.Problems;
    }

    private void Root(RouteOptions root)
    {
        const string path = Section + ":Route";
        _rules
            .Require(!string.IsNullOrWhiteSpace(root.Receiver), $"{path}:Receiver is required: the root route's receiver gets every alert no other route takes.")
            .Require(root.Matchers.Count == 0, $"{path}:Matchers must be empty: the root route takes every alert (put matchers on its Routes).")
            .Require(!root.Continue, $"{path}:Continue cannot be set on the root route: it has no siblings.");
        Route(root, path, NotificationTiming.Default, isRoot: true);
    }

    private void Route(RouteOptions route, string path, NotificationTiming inherited, bool isRoot)
    {
        if (!string.IsNullOrWhiteSpace(route.Receiver) && !_receivers.ContainsKey(route.Receiver))
        {
            _rules.Require(false, $"{path}:Receiver '{route.Receiver}' is not a receiver: name one of {Section}:Receivers ({KnownReceivers()}).");
        }

        if (!isRoot)
        {
            for (var j = 0; j < route.Matchers.Count; j++)
            {
                if (!LabelMatcher.TryParse(route.Matchers[j], out _, out var problem))
                {
                    _rules.Require(false, $"{path}:Matchers:{j} (\"{route.Matchers[j]}\") {problem}.");
                }
            }
        }

        GroupBy(route.GroupBy, path);
        var timing = Timing(route, path, inherited);
        for (var k = 0; k < route.Routes.Count; k++)
        {
            Route(route.Routes[k], $"{path}:Routes:{k}", timing, isRoot: false);
        }
    }

    private void GroupBy(IReadOnlyList<string>? groupBy, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < (groupBy?.Count ?? 0); k++)
        {
            var label = groupBy![k];
            _rules
                .Require(NotificationLabels.IsKnown(label), $"{path}:GroupBy:{k} '{label}' is not a label: use one of {string.Join(", ", NotificationLabels.All)}.")
                .Require(!NotificationLabels.IsKnown(label) || seen.Add(label), $"{path}:GroupBy:{k} '{label}' is listed twice.");
        }
    }

    private NotificationTiming Timing(RouteOptions route, string path, NotificationTiming inherited)
    {
        if (route.GroupWait is { } wait)
        {
            _rules.Between($"{path}:GroupWait", wait, TimeSpan.Zero, NotificationDefaults.MaxGroupWait);
        }

        if (route.GroupInterval is { } interval)
        {
            _rules.Between($"{path}:GroupInterval", interval, NotificationDefaults.MinInterval, NotificationDefaults.MaxGroupInterval);
        }

        if (route.RepeatInterval is { } repeat)
        {
            _rules.Between($"{path}:RepeatInterval", repeat, NotificationDefaults.MinInterval, NotificationDefaults.MaxRepeatInterval);
        }

        var timing = inherited.With(route);
        // Reported where one of the two is set, not again on every child that inherits both.
        if ((route.GroupInterval is not null || route.RepeatInterval is not null) && timing.RepeatInterval < timing.GroupInterval)
        {
            _rules.Require(false, $"{path}:RepeatInterval ({timing.RepeatInterval:c}) must not be shorter than GroupInterval ({timing.GroupInterval:c}): "
                + "a group still firing is looked at once per group interval.");
        }

        return timing;
    }

    private string KnownReceivers() => _receivers.Count == 0 ? "none is configured" : string.Join(", ", _receivers.Keys);
}
