using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>One signal for one alert lifecycle, as the <c>SignalAlerts</c> activity delivers it.</summary>
/// <param name="Key">The alert's dedup key (its lifecycle's instance id derives from it).</param>
/// <param name="Signal">The signal.</param>
public sealed record AlertDelivery(AlertKey Key, AlertSignal Signal);
