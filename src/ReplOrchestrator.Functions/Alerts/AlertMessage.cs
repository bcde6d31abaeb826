using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure.Messaging.ServiceBus;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Functions.Alerts;

/// <summary>
/// An alert as a Service Bus message: the <c>repl-alert/v1</c> document as the body, and a message id that
/// only the alert's episode, status and last sighting decide, so that the topic's duplicate detection drops
/// the second send of a retried publishing activity.
/// </summary>
internal static class AlertMessage
{
    /// <summary>The message for <paramref name="alert"/>.</summary>
    public static ServiceBusMessage Create(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var message = new ServiceBusMessage(BinaryData.FromString(ContractJson.Serialize(alert)))
        {
            MessageId = Id(alert),
            ContentType = "application/json",
            Subject = alert.Code,
            CorrelationId = alert.Id,
        };

        // Subscriptions can filter on these without reading the body.
        message.ApplicationProperties["dedupKey"] = alert.DedupKey;
        message.ApplicationProperties["status"] = alert.Status.ToString();
        message.ApplicationProperties["severity"] = alert.Severity.ToString();
        return message;
    }

    /// <summary>
    /// The same for every publication of one alert state: a hash of the episode id, the status and
    /// <see cref="Alert.LastSeen"/> (a repeat or a resolution moves one of them, so it is a new message).
    /// </summary>
    public static string Id(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var identity = string.Create(CultureInfo.InvariantCulture, $"{alert.Id}|{alert.Status}|{alert.LastSeen.UtcTicks}");
        // 128 bits of SHA-256 in hex: far under the 128-character limit on message ids, whatever the id's length.
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
    }
}
