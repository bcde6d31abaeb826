using System.Text;
using System.Threading.Channels;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Local.Hosting;

/// <summary>
/// The local stand-in for the <c>alerts</c> topic: every published alert is appended to a JSON Lines
/// journal (flushed to disk before publishing returns, so an accepted alert survives a crash) and handed
/// to every subscriber (the console printer, the demo's live view).
/// </summary>
internal sealed class EmbeddedAlertTopic(string? journalPath) : IAlertPublisher
{
    private readonly SemaphoreSlim _append = new(1, 1);
    private readonly Lock _gate = new();
    private readonly List<Channel<Alert>> _subscribers = [];

    /// <summary>Where the journal is, or <see langword="null"/> when alerts are kept in memory only.</summary>
    public string? JournalPath => journalPath;

    /// <inheritdoc />
    public async Task PublishAsync(Alert alert, CancellationToken cancellationToken)
    {
        if (journalPath is not null)
        {
            var line = Encoding.UTF8.GetBytes(ContractJson.Serialize(alert) + "\n");
            await _append.WaitAsync(cancellationToken);
            try
            {
                await using var file = new FileStream(journalPath, FileMode.Append, FileAccess.Write, FileShare.Read);
                await file.WriteAsync(line, cancellationToken);
                file.Flush(flushToDisk: true);
            }
            finally
            {
                _append.Release();
            }
        }

        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(alert);
            }
        }
    }

    /// <summary>A reader that receives every alert published from now on.</summary>
    public ChannelReader<Alert> Subscribe()
    {
        var channel = Channel.CreateUnbounded<Alert>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        return channel.Reader;
    }

    /// <summary>Reads a journal back, oldest first; a line torn by a crash mid-append is skipped.</summary>
    public static IReadOnlyList<Alert> ReadJournal(string? path) =>
        path is not null && File.Exists(path)
            ? [.. File.ReadLines(path).Where(l => l.Length > 0).Select(ReadLine).OfType<Alert>()]
            : [];

    private static Alert? ReadLine(string line)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<Alert>(line, ContractJson.Options);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
