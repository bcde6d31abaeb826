using System.Globalization;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Simulation.Arm;

/// <summary>
/// One migration item's life on a simulated vault, written as what ARM lists for it from each instant on: the gateway's
/// operation and progress, health errors, recovery points. Each step starts where the last one ended; after the script,
/// healthy delta cycles follow as time reaches them.
/// </summary>
/// <remarks>
/// Steps last whole beats (poll intervals) and start on half beats, as the heartbeat scenarios' phases do, so each poll
/// sees one unambiguous picture even when a poll runs a little late; a step meant to be seen lasts at least one beat.
/// Not thread-safe: the vault serialises calls.
/// </remarks>
internal sealed class MigrationItemScript
{
    /// <summary>The gateway's state while it uploads a cycle's changes.</summary>
    public const string Uploading = "Uploading";

    /// <summary>The gateway's state while it releases the cycle's snapshot (181008 times this out).</summary>
    public const string DisposingArtefacts = "DisposingArtefacts";

    private const int HealthyUploadBeats = 3;
    private const int HealthyRestBeats = 3;
    private const long BytesPerMebibyte = 1024 * 1024;

    private readonly List<Frame> _frames = [];
    private readonly List<ReplicationEventJson> _events = [];
    private MigrationItemJson _item;
    private DateTimeOffset _cursor;
    private bool _healthyAfter;
    private int _recoveryPoints = 1;

    /// <summary>The item shows <paramref name="first"/> (with recovery point <c>rp-1</c>) until the first step, half a beat in.</summary>
    public MigrationItemScript(BeatClock clock, MigrationItemJson first)
    {
        Clock = clock;
        _item = first with { LastRecoveryPointId = RecoveryPointId(_recoveryPoints) };
        _frames.Add(new Frame(DateTimeOffset.MinValue, _item, null));
        _cursor = clock.At(0.5);
    }

    /// <summary>The vault's poll grid.</summary>
    public BeatClock Clock { get; }

    /// <summary>The item as ARM lists it at <paramref name="now"/>.</summary>
    public MigrationItemJson At(DateTimeOffset now) => FrameAt(now).Item;

    /// <summary>The cycle phase the item shows at <paramref name="now"/>; null between cycles.</summary>
    public CyclePhase? PhaseAt(DateTimeOffset now) => FrameAt(now).Phase;

    /// <summary>Nothing changes for <paramref name="beats"/> beats.</summary>
    public MigrationItemScript Idle(int beats)
    {
        _cursor += Clock.Beats(beats);
        return this;
    }

    /// <summary>
    /// The gateway uploads from <paramref name="fromPercent"/> to <paramref name="toPercent"/> over <paramref name="beats"/>
    /// beats, a step each beat; from and to equal is a stall, at an upload speed of 0. Health errors clear: the gateway works.
    /// </summary>
    public MigrationItemScript Upload(int fromPercent, int toPercent, int beats)
    {
        var perBeat = beats > 1 ? (toPercent - fromPercent) / (double)(beats - 1) : 0;
        var speed = fromPercent == toPercent ? 0 : Math.Max(BytesPerMebibyte, (long)(MigrationItemJson.DiskBytes * perBeat / 100 / Clock.Interval.TotalSeconds));
        for (var i = 0; i < beats; i++)
        {
            Show(CyclePhase.Upload, _item with
            {
                GatewayState = Uploading,
                GatewayProgress = fromPercent + (int)Math.Round(perBeat * i),
                UploadSpeed = speed,
                HealthErrors = [],
            });
            _cursor += Clock.Beats(1);
        }

        return this;
    }

    /// <summary>The gateway releases the cycle's snapshot for <paramref name="beats"/> beats, its upload done.</summary>
    public MigrationItemScript Dispose(int beats)
    {
        Show(CyclePhase.DisposeArtefacts, _item with { GatewayState = DisposingArtefacts, GatewayProgress = 100, UploadSpeed = 0 });
        _cursor += Clock.Beats(beats);
        return this;
    }

    /// <summary>
    /// The cycle fails: ARM lists the health error <paramref name="code"/> created now, and no gateway operation, for
    /// <paramref name="beats"/> beats; with <paramref name="resyncRequired"/>, the item needs a resynchronisation until its next recovery point.
    /// </summary>
    public MigrationItemScript Fail(string code, string message, int beats, bool resyncRequired = false)
    {
        Show(CyclePhase.Failed, _item with
        {
            GatewayState = null,
            UploadSpeed = 0,
            HealthErrors = [(code, message, _cursor)],
            ResyncRequired = _item.ResyncRequired || resyncRequired,
        });
        _cursor += Clock.Beats(beats);
        return this;
    }

    /// <summary>
    /// The cycle fails with <paramref name="code"/> and the gateway retries at once, so no poll sees the health error: the
    /// vault's events record the failure ("Replication cycle failed") and the item goes straight on uploading.
    /// </summary>
    public MigrationItemScript FailBetweenPolls(string code, string message)
    {
        var at = _cursor - (Clock.Interval / 4);
        _events.Add(new ReplicationEventJson(_item, code, message, at) { ErrorCreatedAt = at });
        return this;
    }

    /// <summary>The events the vault has recorded for the item by <paramref name="now"/>.</summary>
    public IEnumerable<ReplicationEventJson> EventsUntil(DateTimeOffset now) => _events.Where(e => e.At <= now);

    /// <summary>The cycle completes: a new recovery point received now, no gateway operation, nothing left to repair, for a beat.</summary>
    public MigrationItemScript RecoveryPoint()
    {
        Show(null, _item with
        {
            LastRecoveryPointId = RecoveryPointId(++_recoveryPoints),
            LastRecoveryPointReceived = _cursor,
            GatewayState = null,
            GatewayProgress = 0,
            UploadSpeed = 0,
            HealthErrors = [],
            ResyncRequired = false,
        });
        _cursor += Clock.Beats(1);
        return this;
    }

    /// <summary>After the steps so far, healthy delta cycles: an upload over three beats, a beat's disposal, a recovery point and three beats' rest.</summary>
    public MigrationItemScript ThenHealthy()
    {
        _healthyAfter = true;
        return this;
    }

    private Frame FrameAt(DateTimeOffset now)
    {
        while (_healthyAfter && _cursor <= now)
        {
            Upload(0, 100, HealthyUploadBeats).Dispose(1).RecoveryPoint().Idle(HealthyRestBeats - 1);
        }

        return _frames.Last(f => f.From <= now);
    }

    private void Show(CyclePhase? phase, MigrationItemJson item)
    {
        _item = item;
        _frames.Add(new Frame(_cursor, item, phase));
    }

    private static string RecoveryPointId(int number) => "rp-" + number.ToString(CultureInfo.InvariantCulture);

    private sealed record Frame(DateTimeOffset From, MigrationItemJson Item, CyclePhase? Phase);
}
