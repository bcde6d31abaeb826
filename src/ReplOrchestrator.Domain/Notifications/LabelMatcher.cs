using System.Text.RegularExpressions;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// One route matcher, written as in Alertmanager: <c>severity=Critical</c>, <c>applianceId!=lab-01</c>,
/// <c>code=~Disk.*</c>, <c>vmId!~test-.*</c>. The value may be wrapped in double quotes.
/// </summary>
/// <remarks>
/// A regex must match the whole value (it is anchored as <c>^(?:regex)$</c>, as Alertmanager does). It runs on
/// .NET's non-backtracking engine, whose time is linear in the value's length whatever the pattern, and which,
/// like Alertmanager's RE2, has no lookarounds or backreferences; it also has a match timeout
/// (<see cref="NotificationDefaults.RegexMatchTimeout"/>). A match that times out counts as no match for both
/// <c>=~</c> and <c>!~</c>, so the route does not take the alert and it falls back to the parent route's receiver
/// instead of being lost.
/// </remarks>
public sealed partial class LabelMatcher
{
    private readonly Regex? _regex;

    private LabelMatcher(string label, MatchOperator op, string value, Regex? regex)
    {
        Label = label;
        Operator = op;
        Value = value;
        _regex = regex;
    }

    /// <summary>The label compared, one of <see cref="NotificationLabels.All"/>.</summary>
    public string Label { get; }

    /// <summary>How it is compared.</summary>
    public MatchOperator Operator { get; }

    /// <summary>The value or regex, without surrounding quotes.</summary>
    public string Value { get; }

    /// <summary>The match timeout of a regex matcher; null for an equality matcher.</summary>
    public TimeSpan? MatchTimeout => _regex?.MatchTimeout;

    /// <summary>Whether the alert with <paramref name="labels"/> satisfies this matcher.</summary>
    public bool Matches(AlertLabels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var actual = labels.Get(Label);
        return Operator switch
        {
            MatchOperator.Equal => string.Equals(actual, Value, NotificationLabels.ComparisonFor(Label)),
            MatchOperator.NotEqual => !string.Equals(actual, Value, NotificationLabels.ComparisonFor(Label)),
            MatchOperator.MatchesRegex => MatchesWithin(_regex!, actual) == true,
            _ => MatchesWithin(_regex!, actual) == false,
        };
    }

    /// <summary>The matcher as written in configuration, without quotes.</summary>
    public override string ToString() => Label + Operator switch
    {
        MatchOperator.Equal => "=",
        MatchOperator.NotEqual => "!=",
        MatchOperator.MatchesRegex => "=~",
        _ => "!~",
    } + Value;

    // Null when the match timed out: neither =~ nor !~ holds then.
    private static bool? MatchesWithin(Regex regex, string actual)
    {
        try
        {
            return regex.IsMatch(actual);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
