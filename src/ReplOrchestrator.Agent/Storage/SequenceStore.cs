using System.Text.Json;
using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Agent.Storage;

/// <summary>
/// Hands out heartbeat sequence numbers that keep growing across restarts and kill -9: each number is on disk
/// before the heartbeat carrying it leaves, so no number is ever sent twice with different content.
/// </summary>
/// <remarks>
/// A lost or unreadable file starts a new epoch from 1, which the server takes as a new order rather than as
/// repeats of heartbeats it has already seen.
/// </remarks>
internal sealed class SequenceStore
{
    /// <summary>The file name inside the state folder.</summary>
    public const string FileName = "sequence.json";

    private readonly string _path;
    private readonly Lock _lock = new();
    private SequenceState _state;

    public SequenceStore(string folder)
    {
        _path = Path.Combine(folder, FileName);
        _state = Load(_path) ?? new SequenceState(NewEpoch(), 0);
    }

    /// <summary>The agent's epoch.</summary>
    public string Epoch => _state.Epoch;

    /// <summary>The last sequence handed out.</summary>
    public long Current => _state.Sequence;

    /// <summary>The next sequence, written to disk before it is returned.</summary>
    public long Next()
    {
        lock (_lock)
        {
            var next = _state with { Sequence = _state.Sequence + 1 };
            AtomicFile.Write(_path, JsonSerializer.SerializeToUtf8Bytes(next, ContractJson.Options));
            _state = next;
            return next.Sequence;
        }
    }

    private static SequenceState? Load(string path)
    {
        try
        {
            return AtomicFile.Read(path) is { } bytes
                && JsonSerializer.Deserialize<SequenceState>(bytes, ContractJson.Options) is { } state
                && ContractId.IsValid(state.Epoch) && state.Sequence >= 0
                ? state
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string NewEpoch() => "ep-" + Guid.NewGuid().ToString("N")[..16];
}
