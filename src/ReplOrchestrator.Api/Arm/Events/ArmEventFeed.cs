using System.Collections.Concurrent;
using System.Text.Json;
using Azure;
using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Api.Arm.Events;

/// <summary>
/// Reads each watched vault's new <c>replicationEvents</c> once per poll, in one list call asking only for the time
/// since the last read, and hands each migration item the failures its events report: a cycle that failed and
/// recovered between two polls leaves no health error on the item, but its event still raises the failed cycle with
/// its error id.
/// </summary>
/// <remarks>
/// One instance per process, used by one poll at a time (the poller's). What it remembers is held in memory: after a
/// restart the first read looks back <see cref="ArmEventDefaults.FirstLookBack"/>. A read that fails (throttled past
/// the retries, refused, not JSON) is logged and leaves the window where it was, so the next poll reads the gap; it
/// never stops the items' poll. Events that cannot be read, or name no migration item of the vault, are logged once
/// and skipped.
/// </remarks>
public sealed partial class ArmEventFeed(ArmVaultReader reader, ILogger<ArmEventFeed> logger)
{
    private readonly ConcurrentDictionary<string, VaultEventLog> _logs = new(StringComparer.Ordinal);

    /// <summary>The events of <paramref name="vault"/> new since its last read, at <paramref name="now"/>.</summary>
    internal async Task<PolledEvents> ReadAsync(ArmVault vault, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var log = _logs.GetOrAdd(vault.ApplianceId, _ => new VaultEventLog());
        var since = log.Since(now);
        List<ArmEvent> taken = [];
        try
        {
            var read = await reader.ListEventsAsync(vault, since, cancellationToken).ConfigureAwait(false);
            if (read.IsRead)
            {
                taken = Take(vault, read.Items, since, now, log);
                log.ReadAt(now);
                LogRead(vault.Name, read.Items.Count, taken.Count);
            }
            else
            {
                LogNotRead(vault.Name, $"HTTP {read.Status}");
            }
        }
        catch (Exception e) when (e is RequestFailedException or JsonException)
        {
            LogNotRead(vault.Name, e is RequestFailedException failed ? $"HTTP {failed.Status} {failed.ErrorCode}" : e.Message);
        }

        log.Forget(now);
        return new PolledEvents(vault.Name, log, taken, now, logger);
    }

    // The events read for the first time that report failures; one dated before the window is not taken, whatever the service's filter did.
    private List<ArmEvent> Take(ArmVault vault, IReadOnlyList<JsonElement> entries, DateTimeOffset since, DateTimeOffset now, VaultEventLog log)
    {
        var taken = new List<ArmEvent>();
        foreach (var entry in entries)
        {
            if (ArmEventReader.Read(entry, out var problem) is not { } read)
            {
                var name = ArmEventReader.NameOf(entry);
                if (log.Take(name, now))
                {
                    LogEventSkipped(vault.Name, name, problem ?? "unreadable");
                }

                continue;
            }

            if (read.OccurredAt >= since && log.Take(read.Name, read.OccurredAt) && read.Failures.Count > 0)
            {
                taken.Add(read);
            }
        }

        return taken;
    }

    [LoggerMessage(EventId = 6320, Level = LogLevel.Debug, Message = "Vault {Vault}: {Events} events read, {Failures} new with failures")]
    private partial void LogRead(string vault, int events, int failures);

    [LoggerMessage(EventId = 6321, Level = LogLevel.Warning, Message = "Vault {Vault}: events not read this time ({Reason}); the next poll reads them")]
    private partial void LogNotRead(string vault, string reason);

    [LoggerMessage(EventId = 6323, Level = LogLevel.Warning, Message = "Vault {Vault}: event {EventName} skipped: {Problem}")]
    private partial void LogEventSkipped(string vault, string eventName, string problem);
}
