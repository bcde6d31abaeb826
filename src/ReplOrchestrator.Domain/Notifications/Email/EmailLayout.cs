using static ReplOrchestrator.Domain.Notifications.NotificationText;

namespace ReplOrchestrator.Domain.Notifications.Email;

/// <summary>
/// Lays out the mail for a group, with the content of its Teams card: a mail has no byte limit like a card's, but
/// a 200-VM group still has to stay readable, so past <see cref="Detailed"/> alerts in full and <see cref="Listed"/>
/// in one line each it only counts ("…and N more alerts").
/// </summary>
internal static partial class EmailLayout
{
    /// <summary>Alerts shown in full (causes, actions, probes).</summary>
    public const int Detailed = 10;

    /// <summary>Further alerts shown in one line each.</summary>
    public const int Listed = 40;

    /// <summary>The longest text any one value keeps.</summary>
    public const int TextLength = 1000;

    private const int Causes = 8;
    private const int Evidence = 8;
    private const int Actions = 10;
    private const int Probes = 20;

    /// <summary>The blocks of the mail about <paramref name="shown"/>, the alerts of <paramref name="group"/> a <paramref name="kind"/> notification tells about.</summary>
    public static List<EmailBlock> Build(NotificationGroup group, NotificationKind kind, List<LabeledAlert> shown, NotificationContentOptions options)
    {
        var headline = NotificationHeadline.Of(group, kind, shown);
        var count = shown.Count == 1 ? string.Empty : $" — {shown.Count} alerts";
        var blocks = new List<EmailBlock>
        {
            new EmailBlock.Banner(Line(headline.Text + count), Line(headline.Lead.Title), headline.Severity),
            new EmailBlock.Facts([.. GroupFacts(group, kind, shown.Count).Select(f => (f.Title, Line(f.Value)))]),
        };
        if (kind == NotificationKind.Updated && shown is [{ Alert.LeadingCause: { } lead }, ..])
        {
            blocks.Add(new EmailBlock.Paragraph(Line($"The diagnosis changed: the leading cause is now {lead.Cause} ({Confidence(lead.Confidence)}).")));
        }

        foreach (var alert in shown.Take(Detailed))
        {
            blocks.AddRange(kind == NotificationKind.Resolved ? ResolvedSection(alert) : FiringSection(alert));
        }

        var listed = shown.Skip(Detailed).Take(Listed).ToList();
        if (listed.Count > 0)
        {
            blocks.Add(new EmailBlock.Section(kind == NotificationKind.Resolved ? "Also resolved" : "Also firing"));
            blocks.Add(new EmailBlock.List([.. listed.Select(OneLine)], Numbered: false));
        }

        AddMore(blocks, shown.Count - Detailed - listed.Count, "alerts");
        if (kind != NotificationKind.Resolved && group.SendResolved && group.Resolved.ToList() is { Count: > 0 } resolved)
        {
            var names = resolved.Take(Listed).Select(a => Line(a.Alert.VmId ?? a.Alert.ApplianceId)).ToList();
            var more = resolved.Count - names.Count;
            blocks.Add(new EmailBlock.Paragraph($"Resolved since: {string.Join(", ", names)}" + (more > 0 ? $" …and {more} more" : string.Empty), Subtle: true));
        }

        if (Links(shown, options) is { Count: > 0 } links)
        {
            blocks.Add(new EmailBlock.Links([.. links.Select(l => (Line(l.Title), SingleLine(l.Url)))]));
        }

        return blocks;
    }

    /// <summary>A value as a mail shows it: on one line and at most <see cref="TextLength"/> characters.</summary>
    private static string Line(string? text) => Cut(SingleLine(text), TextLength);

    private static EmailItem OneLine(LabeledAlert labeled)
    {
        var (who, remainder) = Brief(labeled);
        return new EmailItem(Line(who), Line(remainder.TrimStart()), []);
    }

    private static void AddMore(List<EmailBlock> blocks, int count, string what)
    {
        if (count > 0)
        {
            blocks.Add(new EmailBlock.Paragraph($"…and {count} more {(count == 1 ? what.TrimEnd('s') : what)}", Subtle: true));
        }
    }
}
