using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;

namespace ReplOrchestrator.Api.Notifications;

/// <summary>
/// Posts a <see cref="TeamsMessage"/> to a Teams Workflows webhook once and says how it went; it never retries,
/// so its durable caller owns retries and their backoff (and no message is posted again after a 2xx).
/// </summary>
/// <remarks>
/// The webhook URL is a secret (its <c>sig</c> query lets anyone post): results carry none of it and the log shows
/// only <see cref="TeamsTargetOptions.RedactedWebhookUrl"/>. The client's exception messages are not passed on,
/// since they can name the URL.
/// </remarks>
/// <param name="http">The client to post with; its handler may follow redirects, this class adds no retries.</param>
/// <param name="time">Reads the clock for an HTTP-date <c>Retry-After</c>.</param>
/// <param name="logger">Where each outcome is logged.</param>
public sealed partial class TeamsWebhookSender(HttpClient http, TimeProvider time, ILogger<TeamsWebhookSender> logger)
{
    /// <summary>How long one post may take before it counts as an outage to retry.</summary>
    /// <value>Defaults to 30 seconds.</value>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Posts <paramref name="payload"/> to <paramref name="target"/> once.</summary>
    /// <param name="target">The Teams channel's webhook.</param>
    /// <param name="payload">The message's UTF-8 JSON (<see cref="TeamsMessage.Utf8Json"/>), sent byte for byte.</param>
    /// <param name="cancellationToken">Cancels the post; cancellation is thrown, not turned into a result.</param>
    /// <returns>Delivered, a throttle to wait out, or a failure that says whether retrying can help.</returns>
    public async Task<DeliveryResult> SendAsync(TeamsTargetOptions target, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var where = target.RedactedWebhookUrl();
        if (!Uri.TryCreate(target.WebhookUrl, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http"))
        {
            var invalid = new DeliveryResult.Failed("The webhook URL is not an absolute http(s) URL", Permanent: true);
            LogMisconfigured(where, invalid.Reason);
            return invalid;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ReadOnlyMemoryContent(payload) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        DeliveryResult result;
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            result = TeamsWebhookAnswers.Classify(response.StatusCode, response.Headers.RetryAfter, time.GetUtcNow());
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            result = TeamsWebhookAnswers.NoAnswer(e, Timeout);
        }
        catch (HttpRequestException e)
        {
            result = TeamsWebhookAnswers.NoAnswer(e, timeout: null);
        }

        Log(where, payload.Length, result);
        return result;
    }

    private void Log(string where, int bytes, DeliveryResult result)
    {
        switch (result)
        {
            case DeliveryResult.Delivered:
                LogDelivered(where, bytes);
                break;
            case DeliveryResult.RetryAfter retry:
                LogThrottled(where, retry.Delay);
                break;
            case DeliveryResult.Failed { Permanent: true } failed:
                LogMisconfigured(where, failed.Reason);
                break;
            case DeliveryResult.Failed failed:
                LogUnavailable(where, failed.Reason);
                break;
        }
    }

    [LoggerMessage(EventId = 6201, Level = LogLevel.Debug, Message = "Teams message of {Bytes} bytes delivered to {Webhook}")]
    private partial void LogDelivered(string webhook, int bytes);

    [LoggerMessage(EventId = 6202, Level = LogLevel.Warning, Message = "Teams throttled {Webhook}: retry after {Delay}")]
    private partial void LogThrottled(string webhook, TimeSpan delay);

    [LoggerMessage(EventId = 6203, Level = LogLevel.Warning, Message = "Teams message to {Webhook} not delivered, to retry: {Reason}")]
    private partial void LogUnavailable(string webhook, string reason);

    [LoggerMessage(EventId = 6204, Level = LogLevel.Error, Message = "Teams message to {Webhook} refused, not retried until the configuration changes: {Reason}")]
    private partial void LogMisconfigured(string webhook, string reason);
}
