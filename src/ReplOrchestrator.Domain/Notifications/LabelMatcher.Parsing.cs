using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ReplOrchestrator.Domain.Notifications;

public sealed partial class LabelMatcher
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says why, in a phrase that follows the matcher's path.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out LabelMatcher? matcher, [NotNullWhen(false)] out string? problem) =>
        TryParse(text, NotificationDefaults.RegexMatchTimeout, out matcher, out problem);

    /// <summary>Parses <paramref name="text"/>.</summary>
    /// <exception cref="FormatException">The text is not a valid matcher.</exception>
    public static LabelMatcher Parse(string text) =>
        TryParse(text, out var matcher, out var problem) ? matcher : throw new FormatException($"\"{text}\" {problem}.");

    internal static bool TryParse(string? text, TimeSpan timeout, [NotNullWhen(true)] out LabelMatcher? matcher, [NotNullWhen(false)] out string? problem)
    {
        matcher = null;
        var at = text?.IndexOfAny(['=', '!', '~']) ?? -1;
        if (string.IsNullOrWhiteSpace(text) || at < 0)
        {
            problem = "is not a matcher: write label=value, label!=value, label=~regex or label!~regex";
            return false;
        }

        var label = text[..at].Trim();
        var rest = text[at..];
        MatchOperator? op = rest.StartsWith("=~", StringComparison.Ordinal) ? MatchOperator.MatchesRegex
            : rest.StartsWith("!~", StringComparison.Ordinal) ? MatchOperator.DoesNotMatchRegex
            : rest.StartsWith("!=", StringComparison.Ordinal) ? MatchOperator.NotEqual
            : rest.StartsWith('=') ? MatchOperator.Equal
            : null;
        if (op is not { } known)
        {
            problem = "has no operator: use =, !=, =~ or !~";
            return false;
        }

        if (!NotificationLabels.IsKnown(label))
        {
            problem = $"matches on '{label}', which is not a label: use one of {string.Join(", ", NotificationLabels.All)}";
            return false;
        }

        var value = Unquote(rest[(known == MatchOperator.Equal ? 1 : 2)..].Trim());
        problem = known is MatchOperator.Equal or MatchOperator.NotEqual
            ? NotificationLabels.ExplainValue(label, value)
            : null;
        Regex? regex = null;
        if (problem is null && known is MatchOperator.MatchesRegex or MatchOperator.DoesNotMatchRegex)
        {
            problem = TryCompile(label, value, timeout, out regex);
        }

        if (problem is not null)
        {
            return false;
        }

        matcher = new LabelMatcher(label, known, value, regex);
        return true;
    }

    private static string? TryCompile(string label, string pattern, TimeSpan timeout, out Regex? regex)
    {
        regex = null;
        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant
            | (label == NotificationLabels.Host ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            // The pattern alone first: wrapped, "a)(b" would compile as "(?:a)(b)" and mean something else.
            _ = new Regex(pattern, options, timeout);
            regex = new Regex(@"\A(?:" + pattern + @")\z", options, timeout);
            // The engine builds its automaton lazily: the first match pays for it, here at start rather than on an alert.
            _ = MatchesWithin(regex, string.Empty);
            return null;
        }
        catch (ArgumentException e)
        {
            return $"is not a valid regex: {e.Message}";
        }
        catch (NotSupportedException e)
        {
            // Lookarounds, backreferences, atomic groups, or an automaton too large: none of which RE2 allows either.
            return $"is a regex this engine refuses: {e.Message}";
        }
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
}
