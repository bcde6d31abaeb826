using System.Text;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>Normalises product messages for matching and pulls details out of them.</summary>
internal static class MessageText
{
    private static readonly char[] s_quotes = ['\'', '"', '\u2018', '\u2019', '\u201C', '\u201D'];

    /// <summary>Lower case, typographic quotes made plain, runs of white space made one space.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// The inner message of "An internal error occurred. [inner]" without its quotes, or the operation
    /// of "Key Vault operation failed. Operation: X, ..."; null when the message has neither.
    /// </summary>
    public static string? Detail(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var open = message.IndexOf('[');
        var close = message.LastIndexOf(']');
        if (open >= 0 && close > open + 1)
        {
            return message[(open + 1)..close].Trim().Trim('\'', '"', '\u2018', '\u2019').Trim();
        }

        const string Operation = "Operation:";
        var at = message.IndexOf(Operation, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var rest = message[(at + Operation.Length)..];
        var end = rest.IndexOfAny([',', '.']);
        return (end < 0 ? rest : rest[..end]).Trim();
    }

    /// <summary>
    /// The host of "unable to connect to the vSphere host 'esx01.contoso.local'" (1022), quoted or not; null
    /// when the message names none, or names something that is not a DNS name or IP address (such as the
    /// documentation's unfilled <c>'%HostName;'</c>). Only a valid name comes back: it ends up in commands
    /// people copy.
    /// </summary>
    public static string? VSphereHost(string? message)
    {
        const string Marker = "vSphere host";
        var at = message?.IndexOf(Marker, StringComparison.OrdinalIgnoreCase) ?? -1;
        if (at < 0)
        {
            return null;
        }

        var rest = message![(at + Marker.Length)..].TrimStart();
        string host;
        if (rest.Length > 0 && s_quotes.Contains(rest[0]))
        {
            var close = rest.IndexOfAny(s_quotes, 1);
            host = close < 0 ? rest[1..] : rest[1..close];
        }
        else
        {
            var end = rest.IndexOfAny([' ', '\t', '\r', '\n']);
            host = (end < 0 ? rest : rest[..end]).TrimEnd('.', ',', ';', ')');
        }

        return host.Length > 0 && Uri.CheckHostName(host) != UriHostNameType.Unknown ? host : null;
    }
}
