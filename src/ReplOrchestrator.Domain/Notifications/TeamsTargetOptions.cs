namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// One Microsoft Teams channel a receiver posts to through a Teams Workflows webhook ("Post to a channel when
/// a webhook request is received"); bound from <c>Repl:Notifications:Receivers:{n}:Teams:{m}</c>.
/// </summary>
public sealed record TeamsTargetOptions
{
    /// <summary>
    /// The workflow's webhook URL: https, or http only to a loopback address (a test listener). A secret:
    /// its query carries the signature that lets anyone post, so keep it in Key Vault or user-only settings.
    /// It never appears in validation messages or <see cref="ToString"/>.
    /// </summary>
    public string WebhookUrl { get; init; } = string.Empty;

    /// <summary>The URL cut to scheme and host, safe for logs and the API.</summary>
    /// <remarks>A method, not a property: the binder counts every property name as a known key.</remarks>
    public string RedactedWebhookUrl() => Redaction.Url(WebhookUrl);

    /// <summary>Describes the target without its secret.</summary>
    public override string ToString() => $"Teams {RedactedWebhookUrl()}";
}
