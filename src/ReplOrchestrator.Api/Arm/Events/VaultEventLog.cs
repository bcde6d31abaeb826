using ReplOrchestrator.Api.Arm.Items;

namespace ReplOrchestrator.Api.Arm.Events;

/// <summary>
/// What the ARM source remembers of one vault's events between polls: how far they were read, the events already
/// taken (by name, so a window's overlap takes none twice) and each item's <see cref="KnownFailure"/>s.
/// </summary>
internal sealed class VaultEventLog
{
    private readonly Dictionary<string, DateTimeOffset> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<KnownFailure>> _failures = new(StringComparer.OrdinalIgnoreCase);
    private DateTimeOffset? _readUpTo;

    /// <summary>Where the next read starts: <see cref="ArmEventDefaults.Overlap"/> before the last read, or <see cref="ArmEventDefaults.FirstLookBack"/> before <paramref name="now"/> before the first.</summary>
    public DateTimeOffset Since(DateTimeOffset now) => _readUpTo is { } last ? last - ArmEventDefaults.Overlap : now - ArmEventDefaults.FirstLookBack;

    /// <summary>Takes the event named <paramref name="name"/>, of <paramref name="at"/>; false when it was taken before.</summary>
    public bool Take(string name, DateTimeOffset at) => _taken.TryAdd(name, at);

    /// <summary>Records a read that ended at <paramref name="now"/>: events older than the next read's start cannot come back, so their names go.</summary>
    public void ReadAt(DateTimeOffset now)
    {
        _readUpTo = now;
        var next = Since(now);
        foreach (var name in _taken.Where(t => t.Value < next).Select(t => t.Key).ToList())
        {
            _taken.Remove(name);
        }
    }

    /// <summary>The failures known for item <paramref name="itemId"/> once <paramref name="seen"/> is taken in (see <see cref="ItemFailures.Merge"/>).</summary>
    public IReadOnlyList<KnownFailure> Remember(string itemId, IEnumerable<ArmHealthError> seen, DateTimeOffset now)
    {
        var known = ItemFailures.Merge(_failures.GetValueOrDefault(itemId) ?? [], seen, now);
        _failures[itemId] = known;
        return known;
    }

    /// <summary>Forgets the failures of items not seen for <see cref="ArmEventDefaults.Remember"/> (items gone from the vault).</summary>
    public void Forget(DateTimeOffset now)
    {
        foreach (var itemId in _failures.Keys.ToList())
        {
            if (ItemFailures.Merge(_failures[itemId], [], now) is { Count: 0 })
            {
                _failures.Remove(itemId);
            }
        }
    }
}
