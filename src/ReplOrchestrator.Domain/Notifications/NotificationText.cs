using System.Globalization;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// The words and facts every notification uses for a group and its alerts, so a Teams card and a mail about the
/// same group say the same thing; each channel only lays them out.
/// </summary>
internal static class NotificationText
{
    /// <summary>How many links a notification carries: the seed article and the VM page matter, a wall of links does not.</summary>
    public const int MaxLinks = 4;

    /// <summary>The alerts a notification of <paramref name="kind"/> tells about: the resolved ones for a resolution, else the firing ones.</summary>
    public static List<LabeledAlert> Shown(NotificationGroup group, NotificationKind kind) =>
        kind == NotificationKind.Resolved ? [.. group.Resolved] : [.. group.Firing];

    /// <summary>The group's labels and counts: <c>applianceId</c>, <c>code</c>, how many fire (or resolved), the receiver.</summary>
    public static List<(string Title, string Value)> GroupFacts(NotificationGroup group, NotificationKind kind, int shown)
    {
        var facts = group.GroupLabels.Where(l => l.Value.Length > 0).Select(l => (l.Key, l.Value)).ToList();
        facts.Add((kind == NotificationKind.Resolved ? "Resolved" : "Firing", shown.ToString(CultureInfo.InvariantCulture)));
        facts.Add(("Receiver", group.Receiver));
        return facts;
    }

    /// <summary>Where and since when one alert fires: appliance, VM, host, severity, first and last seen, occurrences.</summary>
    /// <param name="labeled">The alert.</param>
    /// <param name="cut">Shortens values that come from the outside (ids, host names).</param>
    public static IEnumerable<(string Title, string Value)> Where(LabeledAlert labeled, Func<string, string> cut)
    {
        var alert = labeled.Alert;
        yield return ("Appliance", cut(alert.ApplianceId));
        if (alert.VmId is { } vm)
        {
            yield return ("VM", cut(vm));
        }

        if (labeled.Labels.Host.Length > 0)
        {
            yield return ("Host", cut(labeled.Labels.Host));
        }

        yield return ("Severity", labeled.IsEscalated ? $"{labeled.Labels.Severity} (escalated from {alert.Severity})" : alert.Severity.ToString());
        yield return ("First seen", When(alert.FirstSeen));
        yield return (alert.Status == AlertStatus.Resolved ? "Resolved" : "Last seen", When(alert.LastSeen));
        yield return ("Occurrences", alert.Occurrences.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>One alert in one line, for the alerts past the detailed ones: who (bold where the channel can), then the rest.</summary>
    public static (string Who, string Remainder) Brief(LabeledAlert labeled)
    {
        var alert = labeled.Alert;
        var host = labeled.Labels.Host.Length > 0 ? $" on {labeled.Labels.Host}" : string.Empty;
        var cause = alert.LeadingCause is { } lead ? $" ({Confidence(lead.Confidence)}: {lead.Cause})" : string.Empty;
        return (alert.VmId ?? alert.ApplianceId, $"{host} — {alert.Summary}{cause}");
    }

    /// <summary>How sure a cause is, for people.</summary>
    public static string Confidence(CauseConfidence confidence) => confidence switch
    {
        CauseConfidence.Confirmed => "Confirmed",
        CauseConfidence.Likely => "Likely",
        CauseConfidence.Possible => "Possible",
        _ => "Ruled out",
    };

    /// <summary>A probe's outcome at a glance: passed, failed, or not probed at all.</summary>
    public static string ProbeStatus(ProbeResult probe) => probe.Ok ? "✅" : probe.Refused ? "⛔" : "❌";

    /// <summary>The probe and its target, after its status.</summary>
    public static string ProbeTitle(ProbeResult probe) =>
        $"{ProbeStatus(probe)} {probe.Probe}" + (probe.Target is { } target ? $" {target}" : string.Empty);

    /// <summary>What the probe found: its latency when it passed, and its detail.</summary>
    public static string ProbeValue(ProbeResult probe) =>
        (probe.Refused ? "not probed" : probe.Ok ? $"ok, {probe.LatencyMs.ToString(CultureInfo.InvariantCulture)} ms" : "failed")
        + (probe.Detail is { Length: > 0 } detail ? $" — {detail}" : string.Empty);

    /// <summary>A time as notifications show it, in UTC to the minute.</summary>
    public static string When(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The links for <paramref name="shown"/>: the VM's dashboard page when one VM is told about, then the documentation, at most <see cref="MaxLinks"/>.</summary>
    public static List<(string Title, string Url)> Links(IReadOnlyList<LabeledAlert> shown, NotificationContentOptions options)
    {
        var links = new List<(string Title, string Url)>();
        if (options.DashboardVmUrl is { } template && shown is [{ Alert.VmId: { } vmId } single])
        {
            links.Add(("Open the VM", template
                .Replace("{applianceId}", Uri.EscapeDataString(single.Alert.ApplianceId), StringComparison.Ordinal)
                .Replace("{vmId}", Uri.EscapeDataString(vmId), StringComparison.Ordinal)));
        }

        links.AddRange(shown.SelectMany(a => a.Alert.Links).Select(l => (l.Title, l.Url)));
        return [.. links.DistinctBy(l => l.Url).Take(MaxLinks)];
    }

    /// <summary>
    /// <paramref name="text"/> on one line: every control character (CR and LF among them) and Unicode line or
    /// paragraph separator becomes a space, so a hostile id cannot start a header or a line of its own.
    /// </summary>
    public static string SingleLine(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsBreaking))
        {
            return text ?? string.Empty;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = IsBreaking(source[i]) ? ' ' : source[i];
            }
        });
    }

    private static bool IsBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary><paramref name="text"/> cut to <paramref name="length"/> characters, the last an ellipsis when cut.</summary>
    public static string Cut(string? text, int length)
    {
        if (string.IsNullOrEmpty(text) || text.Length <= length)
        {
            return text ?? string.Empty;
        }

        var keep = length - 1;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--; // never split a surrogate pair: half of one is not UTF-8
        }

        return string.Concat(text.AsSpan(0, keep), "…");
    }
}
