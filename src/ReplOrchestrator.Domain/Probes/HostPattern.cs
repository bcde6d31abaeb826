using System.Net;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>How host names compare: any case, a trailing dot ignored, IP addresses in their canonical form.</summary>
internal static class HostPattern
{
    private const string Wildcard = "*.";

    /// <summary>A host name or IP address as the rules compare it.</summary>
    public static string Normalize(string host)
    {
        var trimmed = host.Trim().TrimEnd('.');
        if (trimmed.StartsWith('[') && trimmed.EndsWith(']'))
        {
            trimmed = trimmed[1..^1];
        }

        return IsIpAddress(trimmed) ? IPAddress.Parse(trimmed).ToString() : trimmed.ToLowerInvariant();
    }

    /// <summary>Whether <paramref name="host"/> is an IPv4 or IPv6 address rather than a name.</summary>
    public static bool IsIpAddress(string host) => Uri.CheckHostName(host) is UriHostNameType.IPv4 or UriHostNameType.IPv6;

    /// <summary>Whether <paramref name="host"/> (normalized) is a name under <paramref name="domain"/>, not the domain itself.</summary>
    public static bool IsUnder(string host, string domain) => host.EndsWith("." + domain, StringComparison.Ordinal);

    /// <summary>Whether an allow-list entry is a host name, an IP address or <c>*.</c> and a domain.</summary>
    public static bool IsValid(string? pattern) =>
        !string.IsNullOrWhiteSpace(pattern)
        && (pattern.StartsWith(Wildcard, StringComparison.Ordinal)
            ? Uri.CheckHostName(pattern[Wildcard.Length..]) == UriHostNameType.Dns
            : Uri.CheckHostName(pattern.Trim('[', ']')) != UriHostNameType.Unknown);

    /// <summary>Whether the normalized <paramref name="host"/> matches an allow-list entry.</summary>
    public static bool Matches(string host, string pattern) =>
        pattern.StartsWith(Wildcard, StringComparison.Ordinal)
            ? IsUnder(host, Normalize(pattern[Wildcard.Length..]))
            : string.Equals(host, Normalize(pattern), StringComparison.Ordinal);
}
