using System.Diagnostics.Metrics;
using ReplOrchestrator.Api.Arm;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// What the ARM source measures of its own polls (<see cref="ArmPollMetrics"/>) on one host, heard as it records them:
/// only that host's meter is listened to, so other hosts in the process add nothing.
/// </summary>
internal sealed class ArmPollMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly Lock _gate = new();
    private double _listSeconds;
    private double _handOverSeconds;
    private int _parts;
    private long _partBytes;
    private int _largestPart;

    public ArmPollMeasurements(IMeterFactory hostMeters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, hostMeters) && instrument.Meter.Name == ArmPollMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, seconds, _, _) => Add(instrument.Name, seconds));
        _listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Add(instrument.Name, value));
        _listener.Start();
    }

    /// <summary>What was recorded since the last call, summed over the polls in between.</summary>
    public ArmPollCost Take()
    {
        lock (_gate)
        {
            var cost = new ArmPollCost(_listSeconds * 1000, _handOverSeconds * 1000, _parts, _partBytes, _largestPart);
            (_listSeconds, _handOverSeconds, _parts, _partBytes, _largestPart) = (0, 0, 0, 0, 0);
            return cost;
        }
    }

    public void Dispose() => _listener.Dispose();

    private void Add(string instrument, double value)
    {
        lock (_gate)
        {
            switch (instrument)
            {
                case ArmPollMetrics.ListDuration:
                    _listSeconds += value;
                    break;
                case ArmPollMetrics.HandOverDuration:
                    _handOverSeconds += value;
                    break;
                case ArmPollMetrics.Parts:
                    _parts += (int)value;
                    break;
                case ArmPollMetrics.PartSize:
                    _partBytes += (long)value;
                    _largestPart = Math.Max(_largestPart, (int)value);
                    break;
            }
        }
    }
}
