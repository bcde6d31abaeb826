using System.Collections.Concurrent;

namespace ReplOrchestrator.Api.Heartbeats;

/// <summary>
/// Decides in one step whether a heartbeat's sequence is new for its appliance, so two concurrent
/// requests with the same sequence get one "accepted" and one "duplicate". The appliance monitor stays
/// the authority (it ignores older sequences too); this only makes the answer exact within a process.
/// </summary>
public sealed class SequenceGate
{
    private readonly ConcurrentDictionary<string, long> _highest = new(StringComparer.Ordinal);

    /// <summary>Takes the sequence if it is above both what this process took and what the monitor last took.</summary>
    public bool TryTake(string applianceId, long sequence, long? monitorSequence)
    {
        while (true)
        {
            var known = _highest.TryGetValue(applianceId, out var taken) ? taken : long.MinValue;
            var floor = Math.Max(known, monitorSequence ?? long.MinValue);
            if (sequence <= floor)
            {
                return false;
            }

            if (known == long.MinValue ? _highest.TryAdd(applianceId, sequence) : _highest.TryUpdate(applianceId, sequence, taken))
            {
                return true;
            }
        }
    }

    /// <summary>Gives a taken sequence back when the heartbeat could not be stored, so a retry is not called a duplicate.</summary>
    public void Release(string applianceId, long sequence) =>
        _highest.TryUpdate(applianceId, sequence - 1, sequence);
}
