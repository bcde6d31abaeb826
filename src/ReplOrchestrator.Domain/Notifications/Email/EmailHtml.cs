using System.Net;
using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Notifications.Email;

/// <summary>
/// Writes a mail's blocks as its <c>text/html</c> part: every value HTML-encoded (alert text comes from appliances
/// and is hostile until proven otherwise), inline styles only (mail clients drop style sheets), no scripts.
/// </summary>
internal sealed class EmailHtml(string subject) : EmailWriter
{
    private const string Cell = "padding:2px 12px 2px 0;vertical-align:top;text-align:left";
    private const string TableStart = "<table style=\"border-collapse:collapse;margin:8px 0\">";

    /// <summary>The HTML document of <paramref name="blocks"/>, titled <paramref name="subject"/>.</summary>
    public static string Render(string subject, IEnumerable<EmailBlock> blocks) => new EmailHtml(subject).Write(blocks);

    protected override void Begin() =>
        Output.Append("<!DOCTYPE html>\r\n<html><head><meta charset=\"utf-8\"><title>").Append(Encode(subject)).Append("</title></head>\r\n")
            .Append("<body style=\"font-family:'Segoe UI',Helvetica,Arial,sans-serif;font-size:14px;color:#242424\">\r\n");

    protected override void End() => Output.Append("</body></html>\r\n");

    protected override void Banner(EmailBlock.Banner banner)
    {
        var (background, foreground) = Colours(banner.Severity);
        Output.Append($"<div style=\"background:{background};color:{foreground};padding:12px 16px\">")
            .Append("<div style=\"font-size:18px;font-weight:bold\">").Append(Encode(banner.Headline)).Append("</div>")
            .Append("<div>").Append(Encode(banner.Title)).Append("</div></div>\r\n");
    }

    protected override void Section(string title) =>
        Output.Append("<h2 style=\"font-size:16px;border-top:1px solid #d1d1d1;padding-top:12px;margin-top:16px\">").Append(Encode(title)).Append("</h2>\r\n");

    protected override void Heading(string text) => Output.Append("<h3 style=\"font-size:14px;margin:12px 0 4px\">").Append(Encode(text)).Append("</h3>\r\n");

    protected override void Paragraph(string text, bool subtle) =>
        Output.Append(subtle ? "<p style=\"color:#616161\">" : "<p>").Append(Encode(text)).Append("</p>\r\n");

    protected override void Facts(IReadOnlyList<(string Title, string Value)> rows)
    {
        Output.Append(TableStart);
        foreach (var (title, value) in rows)
        {
            Output.Append($"<tr><th style=\"{Cell}\">").Append(Encode(title)).Append($"</th><td style=\"{Cell}\">").Append(Encode(value)).Append("</td></tr>");
        }

        Output.Append("</table>\r\n");
    }

    protected override void List(IReadOnlyList<EmailItem> items, bool numbered)
    {
        Output.Append(numbered ? "<ol>" : "<ul>");
        foreach (var item in items)
        {
            Output.Append("<li>");
            if (item.Lead.Length > 0)
            {
                Output.Append("<strong>").Append(Encode(item.Lead)).Append("</strong> ");
            }

            Output.Append(Encode(item.Text));
            if (item.Details.Count > 0)
            {
                Output.Append("<ul style=\"color:#616161\">");
                foreach (var detail in item.Details)
                {
                    Output.Append("<li>").Append(Encode(detail)).Append("</li>");
                }

                Output.Append("</ul>");
            }

            Output.Append("</li>");
        }

        Output.Append(numbered ? "</ol>\r\n" : "</ul>\r\n");
    }

    protected override void Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Output.Append(TableStart).Append("<tr>");
        foreach (var column in columns)
        {
            Output.Append($"<th style=\"{Cell};border-bottom:1px solid #d1d1d1\">").Append(Encode(column)).Append("</th>");
        }

        Output.Append("</tr>");
        foreach (var row in rows)
        {
            Output.Append("<tr>");
            foreach (var cell in row)
            {
                Output.Append($"<td style=\"{Cell}\">").Append(Encode(cell)).Append("</td>");
            }

            Output.Append("</tr>");
        }

        Output.Append("</table>\r\n");
    }

    protected override void Links(IReadOnlyList<(string Title, string Url)> targets)
    {
        Output.Append("<p>");
        foreach (var (title, url) in targets)
        {
            // Only a web address becomes a link: a javascript: or data: URL in an alert must not be one click away.
            Output.Append(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
                ? $"<a href=\"{Encode(uri.AbsoluteUri)}\">{Encode(title)}</a>"
                : $"{Encode(title)}: {Encode(url)}");
            Output.Append("<br>");
        }

        Output.Append("</p>\r\n");
    }

    private static (string Background, string Foreground) Colours(AlertSeverity? severity) => severity switch
    {
        null => ("#237b4b", "#ffffff"),
        AlertSeverity.Critical => ("#c4314b", "#ffffff"),
        AlertSeverity.Warning => ("#f8d22a", "#242424"),
        _ => ("#6264a7", "#ffffff"),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
