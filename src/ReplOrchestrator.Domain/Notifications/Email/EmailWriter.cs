using System.Text;

namespace ReplOrchestrator.Domain.Notifications.Email;

/// <summary>Writes a mail's blocks in one format; the order and the choice of blocks are the layout's, so every format tells the same.</summary>
internal abstract class EmailWriter
{
    /// <summary>What has been written so far.</summary>
    protected StringBuilder Output { get; } = new();

    /// <summary>Writes every block in order and returns the whole part.</summary>
    public string Write(IEnumerable<EmailBlock> blocks)
    {
        Begin();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case EmailBlock.Banner banner:
                    Banner(banner);
                    break;
                case EmailBlock.Section section:
                    Section(section.Title);
                    break;
                case EmailBlock.Heading heading:
                    Heading(heading.Text);
                    break;
                case EmailBlock.Paragraph paragraph:
                    Paragraph(paragraph.Text, paragraph.Subtle);
                    break;
                case EmailBlock.Facts facts:
                    Facts(facts.Rows);
                    break;
                case EmailBlock.List list:
                    List(list.Items, list.Numbered);
                    break;
                case EmailBlock.Table table:
                    Table(table.Columns, table.Rows);
                    break;
                case EmailBlock.Links links:
                    Links(links.Targets);
                    break;
            }
        }

        End();
        return Output.ToString();
    }

    /// <summary>Writes what comes before the first block.</summary>
    protected virtual void Begin()
    {
    }

    /// <summary>Writes what comes after the last block.</summary>
    protected virtual void End()
    {
    }

    /// <summary>Writes the coloured header.</summary>
    protected abstract void Banner(EmailBlock.Banner banner);

    /// <summary>Starts one alert's part.</summary>
    protected abstract void Section(string title);

    /// <summary>Writes a heading inside an alert's part.</summary>
    protected abstract void Heading(string text);

    /// <summary>Writes a line of text.</summary>
    protected abstract void Paragraph(string text, bool subtle);

    /// <summary>Writes titles and values.</summary>
    protected abstract void Facts(IReadOnlyList<(string Title, string Value)> rows);

    /// <summary>Writes a list.</summary>
    protected abstract void List(IReadOnlyList<EmailItem> items, bool numbered);

    /// <summary>Writes a table with a header row.</summary>
    protected abstract void Table(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows);

    /// <summary>Writes links.</summary>
    protected abstract void Links(IReadOnlyList<(string Title, string Url)> targets);
}
