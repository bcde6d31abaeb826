using System.Globalization;

namespace ReplOrchestrator.Domain.Notifications.Email;

/// <summary>Writes a mail's blocks as its <c>text/plain</c> part, for clients that show no HTML and for search; lines end in CRLF as SMTP carries them.</summary>
internal sealed class EmailText : EmailWriter
{
    private const string Rule = "----------------------------------------------------------------";

    /// <summary>The plain text of <paramref name="blocks"/>.</summary>
    public static string Render(IEnumerable<EmailBlock> blocks) => new EmailText().Write(blocks);

    protected override void Banner(EmailBlock.Banner banner)
    {
        Line(banner.Headline);
        Line(banner.Title);
        Line(Rule.Replace('-', '='));
    }

    protected override void Section(string title)
    {
        Line();
        Line(Rule);
        Line(title);
        Line(Rule);
    }

    protected override void Heading(string text)
    {
        Line();
        Line(text);
    }

    protected override void Paragraph(string text, bool subtle) => Heading(text);

    protected override void Facts(IReadOnlyList<(string Title, string Value)> rows)
    {
        var width = rows.Max(r => r.Title.Length) + 1;
        foreach (var (title, value) in rows)
        {
            Line($"{(title + ":").PadRight(width)} {value}");
        }
    }

    protected override void List(IReadOnlyList<EmailItem> items, bool numbered)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var marker = numbered ? (i + 1).ToString(CultureInfo.InvariantCulture) + "." : "-";
            Line($"  {marker} {(item.Lead.Length > 0 ? item.Lead + " " : string.Empty)}{item.Text}");
            foreach (var detail in item.Details)
            {
                Line($"      * {detail}");
            }
        }
    }

    protected override void Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var widths = columns.Select((c, i) => rows.Select(r => r[i].Length).Append(c.Length).Max()).ToList();
        foreach (var row in rows.Prepend(columns))
        {
            Line("  " + string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }
    }

    protected override void Links(IReadOnlyList<(string Title, string Url)> targets)
    {
        Line();
        foreach (var (title, url) in targets)
        {
            Line($"{title}: {url}");
        }
    }

    private void Line(string line = "") => Output.Append(line).Append("\r\n");
}
