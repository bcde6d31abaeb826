using Azure.Messaging.ServiceBus;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Api.Heartbeats;
using ReplOrchestrator.Api.Security;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Functions.Heartbeats;

/// <summary>
/// Takes heartbeats from the <c>heartbeats</c> queue under peek-lock, through the same intake as
/// <c>POST /api/heartbeats</c>: a message is completed only once its heartbeat is taken (or known to be a
/// repeat), dead-lettered with the reason when it can never be taken, and abandoned when storing failed.
/// </summary>
/// <remarks>
/// The queue's RBAC decides who may send at all, but Service Bus does not tell a receiver who sent a
/// message, so RBAC alone would let one appliance report for another. Each message therefore carries
/// its appliance's key in the application property <c>x-appliance-key</c>, checked like the header.
/// </remarks>
internal sealed partial class HeartbeatQueueDrain(
    ServiceBusReceiver receiver, HeartbeatIntake intake, HeartbeatLimits limits, ApplianceAuthenticator authenticator,
    HeartbeatQueueOptions options, TimeProvider time, ILogger<HeartbeatQueueDrain> logger)
{
    /// <summary>Dead-letter reason of a message that is not a valid heartbeat.</summary>
    public const string InvalidReason = "InvalidHeartbeat";

    /// <summary>
    /// Takes batches until the queue is empty or <see cref="HeartbeatQueueOptions.Budget"/> is spent. Stops at the
    /// first heartbeat that cannot be stored, abandoning the rest of its batch: the store is what failed.
    /// </summary>
    /// <returns>How many messages ended each way.</returns>
    public async Task<IReadOnlyDictionary<QueuedHeartbeatOutcome, int>> DrainAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        var tally = Enum.GetValues<QueuedHeartbeatOutcome>().ToDictionary(o => o, _ => 0);
        var started = time.GetTimestamp();
        while (time.GetElapsedTime(started) < options.Budget)
        {
            var batch = await receiver.ReceiveMessagesAsync(options.BatchSize, options.ReceiveWait, cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                var outcome = await TakeAsync(client, batch[i], cancellationToken);
                tally[outcome]++;
                if (outcome == QueuedHeartbeatOutcome.Abandoned)
                {
                    foreach (var rest in batch.Skip(i + 1))
                    {
                        await receiver.AbandonMessageAsync(rest, cancellationToken: cancellationToken);
                        tally[outcome]++;
                    }

                    return Report(tally);
                }
            }
        }

        return Report(tally);
    }

    private Dictionary<QueuedHeartbeatOutcome, int> Report(Dictionary<QueuedHeartbeatOutcome, int> tally)
    {
        // An empty queue every ten seconds is not news.
        if (tally.Values.Any(count => count > 0))
        {
            LogDrained(tally[QueuedHeartbeatOutcome.Taken], tally[QueuedHeartbeatOutcome.Repeat], tally[QueuedHeartbeatOutcome.DeadLettered], tally[QueuedHeartbeatOutcome.Abandoned]);
        }

        return tally;
    }

    private async Task<QueuedHeartbeatOutcome> TakeAsync(DurableTaskClient client, ServiceBusReceivedMessage message, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetUtcNow();
        var parsed = HeartbeatParser.Parse(message.Body.ToMemory(), receivedAt, limits);
        if (!parsed.IsValid)
        {
            // A malformed message never becomes valid: retrying it would only hold the queue up.
            var problems = string.Join("; ", parsed.Problems.Take(5));
            LogInvalid(message.MessageId, problems);
            await receiver.DeadLetterMessageAsync(message, InvalidReason, Truncate($"Not a valid repl-heartbeat/v1 document: {problems}"), cancellationToken);
            return QueuedHeartbeatOutcome.DeadLettered;
        }

        var heartbeat = parsed.Heartbeat;
        var key = message.ApplicationProperties.TryGetValue(ApplianceAuthenticator.Header, out var value) ? value as string : null;
        var authentication = authenticator.Authenticate(key, heartbeat.ApplianceId);
        if (authentication != ApplianceAuthentication.Authenticated)
        {
            // The same message never gains a key. The key itself is never logged or recorded.
            LogRefused(heartbeat.ApplianceId, heartbeat.Sequence, authentication);
            await receiver.DeadLetterMessageAsync(message, authentication.ToString(), Refusal(authentication), cancellationToken);
            return QueuedHeartbeatOutcome.DeadLettered;
        }

        HeartbeatReceipt receipt;
        try
        {
            receipt = await intake.TakeAsync(client, heartbeat, receivedAt, cancellationToken);
        }
        catch (HeartbeatRefusedException e)
        {
            // Delivering it again would be refused again: as the HTTP path answers 413, the queue sets it aside.
            LogStoreRefused(heartbeat.ApplianceId, heartbeat.Sequence, e.Message);
            await receiver.DeadLetterMessageAsync(message, "HeartbeatRefused", Truncate(e.Message), cancellationToken);
            return QueuedHeartbeatOutcome.DeadLettered;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The intake gave the sequence back; the message comes again after the abandon.
            LogUnavailable(heartbeat.ApplianceId, heartbeat.Sequence, e.GetType().Name);
            await receiver.AbandonMessageAsync(message, cancellationToken: cancellationToken);
            return QueuedHeartbeatOutcome.Abandoned;
        }

        await receiver.CompleteMessageAsync(message, cancellationToken);
        return receipt.IsDuplicate ? QueuedHeartbeatOutcome.Repeat : QueuedHeartbeatOutcome.Taken;
    }

    /// <summary>Why a key was refused, in the words of the HTTP path's problems.</summary>
    public static string Refusal(ApplianceAuthentication authentication) => authentication switch
    {
        ApplianceAuthentication.MissingKey => $"The message has no {ApplianceAuthenticator.Header} application property.",
        ApplianceAuthentication.WrongAppliance => "The key belongs to another appliance; an appliance may only report for itself.",
        _ => "The key belongs to no configured appliance.",
    };

    // Dead-letter descriptions travel in the message's headers, which Service Bus limits.
    private static string Truncate(string text) => text.Length <= 1024 ? text : string.Concat(text.AsSpan(0, 1023), "…");

    [LoggerMessage(EventId = 7205, Level = LogLevel.Warning, Message = "Queued heartbeat {Sequence} of {ApplianceId} dead-lettered: {Reason}")]
    private partial void LogStoreRefused(string applianceId, long sequence, string reason);

    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning, Message = "Queued message {MessageId} dead-lettered: not a valid heartbeat ({Problems})")]
    private partial void LogInvalid(string messageId, string problems);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Warning, Message = "Queued heartbeat {Sequence} of {ApplianceId} dead-lettered: {Authentication}")]
    private partial void LogRefused(string applianceId, long sequence, ApplianceAuthentication authentication);

    [LoggerMessage(EventId = 7203, Level = LogLevel.Error, Message = "Queued heartbeat {Sequence} of {ApplianceId} could not be stored ({Error}); abandoned to come again")]
    private partial void LogUnavailable(string applianceId, long sequence, string error);

    [LoggerMessage(EventId = 7204, Level = LogLevel.Information, Message = "Heartbeat queue drained: {Taken} taken, {Repeats} repeats, {DeadLettered} dead-lettered, {Abandoned} abandoned")]
    private partial void LogDrained(int taken, int repeats, int deadLettered, int abandoned);
}
