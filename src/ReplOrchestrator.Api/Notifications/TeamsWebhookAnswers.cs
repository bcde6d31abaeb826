using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;

namespace ReplOrchestrator.Api.Notifications;

/// <summary>What a Teams Workflows webhook's answer (or its absence) means for delivery.</summary>
internal static class TeamsWebhookAnswers
{
    /// <summary>
    /// The result of an HTTP answer: 2xx delivered; 429 (and 503) with <c>Retry-After</c> come back then; 408, 429
    /// without <c>Retry-After</c> and 5xx retry with backoff; any other status is a configuration error.
    /// </summary>
    /// <param name="status">The answer's status code.</param>
    /// <param name="retryAfter">Its <c>Retry-After</c> header, seconds or an HTTP date; null when absent.</param>
    /// <param name="now">The current time, for an HTTP-date <c>Retry-After</c>.</param>
    public static DeliveryResult Classify(HttpStatusCode status, RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        var code = (int)status;
        if (code is >= 200 and <= 299)
        {
            return new DeliveryResult.Delivered();
        }

        if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && Delay(retryAfter, now) is { } delay)
        {
            return new DeliveryResult.RetryAfter(delay);
        }

        var text = $"HTTP {code.ToString(CultureInfo.InvariantCulture)} ({status})";
        return status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || code >= 500
            ? new DeliveryResult.Failed($"Teams answered {text}; retry later", Permanent: false)
            : new DeliveryResult.Failed($"Teams refused the message with {text}: check the workflow and its webhook URL", Permanent: true);
    }

    /// <summary>The result of a request that got no answer: always worth retrying.</summary>
    /// <param name="error">Why: the client's exception, never shown as is (its message may name the URL).</param>
    /// <param name="timeout">The request timeout, when that is what ended it.</param>
    public static DeliveryResult NoAnswer(Exception error, TimeSpan? timeout) =>
        new DeliveryResult.Failed(
            timeout is { } after ? $"Teams did not answer within {after.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s; retry later"
            : error is HttpRequestException { InnerException: SocketException socket } ? $"Could not reach Teams ({socket.SocketErrorCode}); retry later"
            : error is HttpRequestException http ? $"Could not reach Teams ({http.HttpRequestError}); retry later"
            : $"Could not reach Teams ({error.GetType().Name}); retry later",
            Permanent: false);

    private static TimeSpan? Delay(RetryConditionHeaderValue? retryAfter, DateTimeOffset now) =>
        retryAfter switch
        {
            { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };
}
