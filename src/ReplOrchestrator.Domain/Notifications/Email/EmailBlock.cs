using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Domain.Notifications.Email;

/// <summary>
/// One piece of a mail's body, laid out once by <see cref="EmailLayout"/> and rendered twice (text and HTML), so
/// both parts carry the same facts. Every string is already on one line and cut to length; renderers only encode.
/// </summary>
internal abstract record EmailBlock
{
    private EmailBlock()
    {
    }

    /// <summary>The coloured header: the headline and the catalog title; no severity for a resolution.</summary>
    public sealed record Banner(string Headline, string Title, AlertSeverity? Severity) : EmailBlock;

    /// <summary>Starts one alert's part of the mail, titled with its summary.</summary>
    public sealed record Section(string Title) : EmailBlock;

    /// <summary>A heading inside an alert's part (probable causes, recommended actions, probe results).</summary>
    public sealed record Heading(string Text) : EmailBlock;

    /// <summary>A line of text; subtle for what only counts or repeats ("…and 3 more causes").</summary>
    public sealed record Paragraph(string Text, bool Subtle = false) : EmailBlock;

    /// <summary>Titles and values, two columns.</summary>
    public sealed record Facts(IReadOnlyList<(string Title, string Value)> Rows) : EmailBlock;

    /// <summary>A list, numbered for steps to take in order.</summary>
    public sealed record List(IReadOnlyList<EmailItem> Items, bool Numbered) : EmailBlock;

    /// <summary>A table with a header row.</summary>
    public sealed record Table(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : EmailBlock;

    /// <summary>Links to open, with their titles.</summary>
    public sealed record Links(IReadOnlyList<(string Title, string Url)> Targets) : EmailBlock;
}
