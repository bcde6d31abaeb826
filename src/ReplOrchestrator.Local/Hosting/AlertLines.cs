using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Local.Hosting;

/// <summary>
/// One console line per published alert. An alert published again while firing is an update (most
/// often its diagnosis), so it reads <c>UPDATED</c> with the cause it now leads with, not as a second alert.
/// </summary>
internal sealed class AlertLines
{
    private readonly HashSet<string> _firing = new(StringComparer.Ordinal);

    public string Next(Alert alert)
    {
        var label = alert.Status switch
        {
            AlertStatus.Resolved => "RESOLVED",
            _ when _firing.Contains(alert.Id) => "UPDATED ",
            _ => "FIRING  ",
        };
        if (alert.Status == AlertStatus.Resolved)
        {
            _firing.Remove(alert.Id);
        }
        else
        {
            _firing.Add(alert.Id);
        }

        var line = $"{alert.LastSeen:HH:mm:ss} {label} {alert.Severity,-8} {alert.DedupKey}  {alert.Summary}";
        return alert.LeadingCause is { } top
            ? $"{line}\n{new string(' ', 18)}{Confidence(top.Confidence)}: {top.Cause}"
            : line;
    }

    private static string Confidence(CauseConfidence confidence) => confidence switch
    {
        CauseConfidence.Confirmed => "confirmed cause",
        CauseConfidence.Likely => "likely cause",
        _ => "possible cause",
    };
}
