namespace ReplOrchestrator.Domain.Notifications;

/// <summary>How secrets in notification settings are shown: never in full.</summary>
internal static class Redaction
{
    /// <summary>What <c>ToString()</c> shows for a set secret.</summary>
    public const string Hidden = "(redacted)";

    /// <summary>
    /// A URL cut to its scheme and host (<c>https://prod-12.westeurope.logic.azure.com/…</c>): a Teams Workflows
    /// URL carries its signature in the query, and its path names the flow.
    /// </summary>
    public static string Url(string? url) =>
        string.IsNullOrEmpty(url) ? "(none)"
        : Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? $"{uri.Scheme}://{uri.Host}/… {Hidden}"
        : Hidden;

    /// <summary>Whether a secret is set, never its value.</summary>
    public static string Secret(string? secret) => string.IsNullOrEmpty(secret) ? "(none)" : Hidden;
}
