using System.Text.Json;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Agent.Storage;

/// <summary>
/// The on-disk spool of what the server has not yet taken (see <see cref="SpoolState"/>). Every change is on disk
/// before the method returns, so a result recorded here survives kill -9; the file stays bounded by the event cap.
/// </summary>
/// <remarks>Not thread-safe: the heartbeat loop is its only user.</remarks>
internal sealed class Spool
{
    /// <summary>The file name inside the state folder.</summary>
    public const string FileName = "spool.json";

    /// <summary>Most bytes of events one heartbeat carries: half the server's default 1 MiB body limit, leaving the rest to state and results.</summary>
    public const int EventBytesPerHeartbeat = 512 * 1024;

    // An event's JSON without its message (id, source, level, VM id, time, names), generously.
    private const int EventOverheadBytes = 300;

    // Enough to recognise any command the server can still be redelivering (it keeps them for a day at most).
    private const int RememberedCommands = 512;

    private readonly string _path;
    private readonly int _maxEvents;

    public Spool(string folder, int maxEvents)
    {
        _path = Path.Combine(folder, FileName);
        _maxEvents = maxEvents;
        State = Load(_path);
    }

    /// <summary>What is owed now.</summary>
    public SpoolState State { get; private set; }

    /// <summary>Whether a command with <paramref name="commandId"/> already ran here.</summary>
    public bool HasRun(string commandId) => State.Ran.Contains(commandId, StringComparer.Ordinal);

    /// <summary>Adds new event-log entries and moves the bookmark with them in one write; returns how many old ones the cap dropped.</summary>
    public int AddEvents(IReadOnlyList<ReplicationEvent> events, string? bookmark)
    {
        if (events.Count == 0 && bookmark == State.Bookmark)
        {
            return 0;
        }

        var all = State.Events.Concat(events).ToList();
        var dropped = Math.Max(0, all.Count - _maxEvents);
        // The oldest go first: the newest entries describe the trouble the server has not yet seen.
        Save(State with { Events = all[dropped..], EventsDropped = State.EventsDropped + dropped, Bookmark = bookmark });
        return dropped;
    }

    /// <summary>Records what a command produced, and that it ran.</summary>
    public void AddResults(string commandId, IReadOnlyList<ProbeResult> probeResults, CommandResult? commandResult)
    {
        var ran = State.Ran.Append(commandId).TakeLast(RememberedCommands).ToList();
        Save(State with
        {
            ProbeResults = [.. State.ProbeResults, .. probeResults],
            CommandResults = commandResult is null ? State.CommandResults : [.. State.CommandResults, commandResult],
            Ran = ran,
        });
    }

    /// <summary>
    /// What the next heartbeat carries: up to <paramref name="maxEvents"/> events within <see cref="EventBytesPerHeartbeat"/>,
    /// every result. Entries the server would refuse as too old are dropped.
    /// </summary>
    public SpoolBatch Take(int maxEvents, DateTimeOffset now)
    {
        var oldest = now - HeartbeatDefaults.MaxTimestampAge + TimeSpan.FromHours(1);
        var stale = State.Events.Count(e => e.TimeCreated < oldest);
        if (stale > 0)
        {
            Save(State with { Events = [.. State.Events.Where(e => e.TimeCreated >= oldest)], EventsDropped = State.EventsDropped + stale });
        }

        // Event messages may be 8 KiB each; 500 of them would exceed the server's 1 MiB body limit and be refused whole.
        var (events, bytes) = (new List<ReplicationEvent>(), 0L);
        foreach (var e in State.Events.Take(maxEvents))
        {
            // UTF-8 takes at most 3 bytes for a character of a .NET string (surrogate pairs take 4 for 2).
            bytes += EventOverheadBytes + (e.Message.Length * 3L);
            if (bytes > EventBytesPerHeartbeat && events.Count > 0)
            {
                break;
            }

            events.Add(e);
        }

        return new SpoolBatch(events, State.ProbeResults, State.CommandResults);
    }

    /// <summary>The server took the heartbeat that carried <paramref name="batch"/>: forget it.</summary>
    public void Delivered(SpoolBatch batch) =>
        Save(State with
        {
            Events = Without(State.Events, batch.Events),
            ProbeResults = Without(State.ProbeResults, batch.ProbeResults),
            CommandResults = Without(State.CommandResults, batch.CommandResults),
        });

    /// <summary>The server refused the heartbeat's body: its events are dropped (counted); results stay, as the server still waits for them.</summary>
    public void Refused(SpoolBatch batch) =>
        Save(State with { Events = Without(State.Events, batch.Events), EventsDropped = State.EventsDropped + batch.Events.Count });

    private static List<T> Without<T>(IReadOnlyList<T> items, IReadOnlyList<T> taken)
    {
        var left = items.ToList();
        foreach (var item in taken)
        {
            left.Remove(item);
        }

        return left;
    }

    private void Save(SpoolState state)
    {
        AtomicFile.Write(_path, JsonSerializer.SerializeToUtf8Bytes(state, ContractJson.Options));
        State = state;
    }

    private static SpoolState Load(string path)
    {
        try
        {
            return AtomicFile.Read(path) is { } bytes ? JsonSerializer.Deserialize<SpoolState>(bytes, ContractJson.Options) ?? SpoolState.Empty : SpoolState.Empty;
        }
        catch (JsonException)
        {
            // Written whole or not at all, so this is damage from outside. Starting empty beats not starting, and the
            // damaged file is kept beside it for whoever looks into what was lost.
            File.Move(path, path + ".damaged", overwrite: true);
            return SpoolState.Empty;
        }
    }
}
