using System.Globalization;
using System.CommandLine.Parsing;

namespace ReplOrchestrator.Local.Cli;

/// <summary>Parsers for option values the command line takes in more than one spelling.</summary>
internal static class ArgumentParsers
{
    private static readonly (string Suffix, TimeSpan Unit)[] s_units =
    [
        ("ms", TimeSpan.FromMilliseconds(1)), ("s", TimeSpan.FromSeconds(1)), ("m", TimeSpan.FromMinutes(1)), ("h", TimeSpan.FromHours(1)),
    ];

    /// <summary>
    /// A positive duration as <c>90s</c>, <c>500ms</c>, <c>5m</c>, <c>1h</c>, or the configuration's
    /// <c>d.hh:mm:ss</c> form (<c>00:01:30</c>).
    /// </summary>
    public static TimeSpan Duration(ArgumentResult result)
    {
        var text = Token(result);
        foreach (var (suffix, unit) in s_units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal)
                && double.TryParse(text[..^suffix.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var count)
                && count > 0)
            {
                return unit * count;
            }
        }

        if (TimeSpan.TryParseExact(text, "c", CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero)
        {
            return span;
        }

        result.AddError($"'{text}' is not a positive duration; write it as 90s, 5m, 1h or 00:01:30");
        return TimeSpan.Zero;
    }

    /// <summary>An absolute http or https URL.</summary>
    public static Uri? HttpUrl(ArgumentResult result)
    {
        var text = Token(result);
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        result.AddError($"'{text}' is not an http or https URL, such as http://127.0.0.1:7071");
        return null;
    }

    private static string Token(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
}
