using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReplOrchestrator.Api.Arm.Items;

namespace ReplOrchestrator.Api.Arm.Events;

/// <summary>One poll's new events of one vault, handed out to the migration items they are about.</summary>
internal sealed partial class PolledEvents
{
    private readonly string _vault;
    private readonly VaultEventLog? _log;
    private readonly IReadOnlyList<ArmEvent> _events;
    private readonly HashSet<ArmEvent> _claimed = [];
    private readonly DateTimeOffset _now;
    private readonly ILogger _logger;

    /// <summary>Events of <paramref name="vault"/> new in this poll, at <paramref name="now"/>.</summary>
    public PolledEvents(string vault, VaultEventLog log, IReadOnlyList<ArmEvent> events, DateTimeOffset now, ILogger logger)
    {
        _vault = vault;
        _log = log;
        _events = events;
        _now = now;
        _logger = logger;
    }

    private PolledEvents()
    {
        _vault = string.Empty;
        _events = [];
        _logger = NullLogger.Instance;
    }

    /// <summary>No events: the poll read no items to hand them to.</summary>
    public static PolledEvents None { get; } = new();

    /// <summary>The events first read in this poll that report failures.</summary>
    public IReadOnlyList<ArmEvent> Events => _events;

    /// <summary>
    /// <paramref name="item"/> with its failures in place of its health errors: its current health errors, the
    /// failures its events report, and those seen within <see cref="ArmEventDefaults.Remember"/> that are gone (a
    /// failure that appeared and cleared between two polls), each failure once and dated as first seen. The item
    /// mapping reports each failure newer than the last it reported, so none is reported twice.
    /// </summary>
    public MigrationItem Fold(MigrationItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (_log is null)
        {
            return item;
        }

        var about = _events.Where(e => e.IsAbout(item)).ToList();
        _claimed.UnionWith(about);
        var known = _log.Remember(item.Id, item.HealthErrors.Concat(about.SelectMany(e => e.Failures)), _now);
        return item with { HealthErrors = [.. known.Select(k => k.Failure)] };
    }

    /// <summary>Logs the failure events no item of the vault claimed: they are skipped.</summary>
    public void ReportUnclaimed()
    {
        foreach (var unclaimed in _events.Where(e => !_claimed.Contains(e)))
        {
            LogUnknownItem(_vault, unclaimed.Name, unclaimed.Description ?? "(no description)", unclaimed.MigrationItemName ?? unclaimed.AffectedObject ?? "(none)");
        }
    }

    [LoggerMessage(EventId = 6322, Level = LogLevel.Warning, Message = "Vault {Vault}: event {EventName} ({Description}) skipped: it names no migration item of the vault ({AffectedObject})")]
    private partial void LogUnknownItem(string vault, string eventName, string description, string affectedObject);
}
