using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Local.Hosting;

/// <summary>
/// One console line per published alert. An alert published again while firing is an update (most
/// often its diagnosis), so it reads <c>UPDATED</c> with the cause it now leads with, not as a second alert;
/// that holds across a restart too, because the lines begin from what the alert journal says is firing.
/// </summary>
internal sealed class AlertLines
{
    private readonly HashSet<string> _firing = new(StringComparer.Ordinal);

    /// <summary>
    /// Lines that go on from the alerts <paramref name="journalPath"/> holds (see <see cref="EmbeddedAlertTopic"/>):
    /// an alert last published firing there reads as an update when it is published again.
    /// </summary>
    public static AlertLines Resume(string? journalPath)
    {
        var lines = new AlertLines();
        foreach (var published in EmbeddedAlertTopic.ReadJournal(journalPath))
        {
            lines.Track(published.Id, published.Status);
        }

        return lines;
    }

    public string Next(Alert alert)
    {
        var label = alert.Status switch
        {
            AlertStatus.Resolved => "RESOLVED",
            _ when _firing.Contains(alert.Id) => "UPDATED ",
            _ => "FIRING  ",
        };
        Track(alert.Id, alert.Status);

        var line = $"{alert.LastSeen:HH:mm:ss} {label} {alert.Severity,-8} {alert.DedupKey}  {alert.Summary}";
        return alert.LeadingCause is { } top
            ? $"{line}\n{new string(' ', 18)}{Confidence(top.Confidence)}: {top.Cause}"
            : line;
    }

    private void Track(string id, AlertStatus status)
    {
        if (status == AlertStatus.Resolved)
        {
            _firing.Remove(id);
        }
        else
        {
            _firing.Add(id);
        }
    }

    private static string Confidence(CauseConfidence confidence) => confidence switch
    {
        CauseConfidence.Confirmed => "confirmed cause",
        CauseConfidence.Likely => "likely cause",
        _ => "possible cause",
    };
}
