using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Local.Demo;

/// <summary>
/// What the demo's alerts topic carried: per code, how many alerts were raised (distinct alerts, not
/// notifications), how many notifications updated one (a diagnosis completing), how many resolved.
/// </summary>
internal sealed class AlertTally
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Raised, int Updated, int Resolved)> _byCode = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Alert> _open = new(StringComparer.Ordinal);
    private readonly List<PublishedAlert> _recent = [];
    private readonly Dictionary<string, Alert> _firstRaised = new(StringComparer.Ordinal);

    public void Add(Alert alert)
    {
        lock (_gate)
        {
            var (raised, updated, resolved) = _byCode.GetValueOrDefault(alert.Code);
            var isNew = _seen.Add(alert.Id);
            _byCode[alert.Code] = alert.Status == AlertStatus.Resolved ? (raised, updated, resolved + 1)
                : isNew ? (raised + 1, updated, resolved)
                : (raised, updated + 1, resolved);
            if (alert.Status == AlertStatus.Firing)
            {
                _open[alert.DedupKey] = alert;
                _firstRaised.TryAdd(alert.DedupKey, alert);
            }
            else
            {
                _open.Remove(alert.DedupKey);
            }

            _recent.Add(new PublishedAlert(alert, IsUpdate: !isNew && alert.Status == AlertStatus.Firing));
        }
    }

    /// <summary>True when a notification about this alert went out.</summary>
    public bool WasPublished(Alert alert)
    {
        lock (_gate)
        {
            return _seen.Contains(alert.Id);
        }
    }

    /// <summary>
    /// How the alert <paramref name="key"/> went: the first notification that raised it (null if none did), and whether
    /// a resolution followed its last firing.
    /// </summary>
    public (Alert? Raised, bool Resolved) Outcome(AlertKey key)
    {
        lock (_gate)
        {
            // Resolved when it was raised and is no longer open: a resolution followed its last firing.
            var first = _firstRaised.GetValueOrDefault(key.ToString());
            return (first, first is not null && !_open.ContainsKey(key.ToString()));
        }
    }

    public IReadOnlyList<(string Code, int Raised, int Updated, int Resolved)> ByCode()
    {
        lock (_gate)
        {
            return [.. _byCode.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Raised, p.Value.Updated, p.Value.Resolved))];
        }
    }

    public IReadOnlyList<Alert> StillFiring()
    {
        lock (_gate)
        {
            return [.. _open.Values.OrderBy(a => a.DedupKey, StringComparer.Ordinal)];
        }
    }

    public IReadOnlyList<PublishedAlert> Recent(int count)
    {
        lock (_gate)
        {
            return [.. _recent.TakeLast(count)];
        }
    }
}
