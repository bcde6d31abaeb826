using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>A fire or resolve signal for one alert lifecycle.</summary>
/// <param name="Kind">Fire or resolve.</param>
/// <param name="SignalId">Unique per signal: a redelivered signal (activities run at least once) is ignored.</param>
/// <param name="At">When the condition was observed.</param>
public sealed record AlertSignal(AlertSignalKind Kind, string SignalId, DateTimeOffset At)
{
    /// <summary>The alert as it stands now (<see cref="AlertSignalKind.Fire"/>).</summary>
    public Alert? Alert { get; init; }

    /// <summary>The VM's host, which host-scoped silences match on.</summary>
    public string? HostName { get; init; }

    /// <summary>Why it resolved, for the resolved notification (<see cref="AlertSignalKind.Resolve"/>).</summary>
    public string? Reason { get; init; }

    /// <summary>A fire signal.</summary>
    public static AlertSignal Fire(Alert alert, string signalId, DateTimeOffset at, string? hostName) =>
        new(AlertSignalKind.Fire, signalId, at) { Alert = alert, HostName = hostName };

    /// <summary>A resolve signal.</summary>
    public static AlertSignal Resolve(string signalId, DateTimeOffset at, string? reason) =>
        new(AlertSignalKind.Resolve, signalId, at) { Reason = reason };
}
