using System.Diagnostics.Metrics;

namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// What each vault's poll costs, on the meter <see cref="MeterName"/> (OpenTelemetry, <c>dotnet-counters</c>), every
/// measurement tagged with the vault's name (<see cref="VaultTag"/>): how long its lists took, page by page, and the
/// mapping and handing over that followed, and how many heartbeats, of what size, the poll went out in.
/// </summary>
/// <remarks>
/// Only polls that read the vault's items are measured; a vault that could not be reached has its own log line. The
/// sizes cost a serialization of each part, so they are measured only while something listens to <see cref="PartSize"/>.
/// </remarks>
public sealed class ArmPollMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "ReplOrchestrator.Arm";

    /// <summary>Seconds spent listing a vault's migration items and its new events, every page of both.</summary>
    public const string ListDuration = "repl.arm.poll.list.duration";

    /// <summary>Seconds spent mapping the items read to VM reports and handing the heartbeats to the task hub.</summary>
    public const string HandOverDuration = "repl.arm.poll.handover.duration";

    /// <summary>How many heartbeats a vault's poll went out in (see <see cref="HeartbeatParts"/>).</summary>
    public const string Parts = "repl.arm.poll.parts";

    /// <summary>The bytes of each of those heartbeats as the task hub stores it, one measurement a part.</summary>
    public const string PartSize = "repl.arm.poll.part.size";

    /// <summary>The tag naming the vault.</summary>
    public const string VaultTag = "repl.arm.vault";

    private readonly Histogram<double> _list;
    private readonly Histogram<double> _handOver;
    private readonly Histogram<int> _parts;
    private readonly Histogram<int> _partSize;

    /// <summary>Creates the instruments on the host's meter factory, so each host's measurements are its own.</summary>
    public ArmPollMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _list = meter.CreateHistogram<double>(ListDuration, "s", "Listing a vault's migration items and new events, every page.");
        _handOver = meter.CreateHistogram<double>(HandOverDuration, "s", "Mapping a vault's items to VM reports and handing them to the task hub.");
        _parts = meter.CreateHistogram<int>(Parts, "{heartbeat}", "Heartbeats a vault's poll went out in.");
        _partSize = meter.CreateHistogram<int>(PartSize, "By", "Bytes of each heartbeat a vault's poll went out in.");
    }

    internal void Listed(ArmVault vault, TimeSpan elapsed) => _list.Record(elapsed.TotalSeconds, Tag(vault));

    internal void HandedOver(ArmVault vault, TimeSpan elapsed, IReadOnlyList<HeartbeatPart> parts)
    {
        var tag = Tag(vault);
        _handOver.Record(elapsed.TotalSeconds, tag);
        _parts.Record(parts.Count, tag);
        foreach (var part in parts)
        {
            _partSize.Record(part.Bytes, tag);
        }
    }

    private static KeyValuePair<string, object?> Tag(ArmVault vault) => new(VaultTag, vault.Name);
}
