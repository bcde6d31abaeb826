namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>
/// A Bicep file's text plus a structural view of it: the same text with comments and the insides of
/// string literals blanked, offsets preserved. Brackets, keywords and separators are found in the
/// masked view (a brace inside a string or a comment cannot confuse them); values are read from the
/// original text at the same offsets.
/// </summary>
internal sealed class BicepSource
{
    public BicepSource(string path, string text)
    {
        Path = path;
        Text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        Masked = Mask(Text);
    }

    public string Path { get; }

    public string Text { get; }

    public string Masked { get; }

    public int LineOf(int offset) => 1 + Text.AsSpan(0, Math.Min(offset, Text.Length)).Count('\n');

    public string Where(int offset) => $"{Path}:{LineOf(offset)}";

    /// <summary>
    /// Splits [start, end) into top-level pieces: separated by a newline or a comma outside any
    /// bracket, so a statement, a decorator or an object property each come out whole, however many
    /// lines their brackets span. Pieces are trimmed and never empty.
    /// </summary>
    public IReadOnlyList<Span> Pieces(int start, int end)
    {
        var pieces = new List<Span>();
        var depth = 0;
        var pieceStart = -1;
        for (var i = start; i < end; i++)
        {
            var c = Masked[i];
            if (pieceStart < 0 && depth == 0 && !char.IsWhiteSpace(c) && c != ',')
            {
                pieceStart = i;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (c is '\n' or ',' && depth == 0 && pieceStart >= 0)
            {
                pieces.Add(Trimmed(pieceStart, i));
                pieceStart = -1;
            }
        }

        if (pieceStart >= 0)
        {
            pieces.Add(Trimmed(pieceStart, end));
        }

        return pieces;
    }

    /// <summary>The offset of the bracket that closes the one at <paramref name="open"/>.</summary>
    public int Closing(int open)
    {
        var depth = 0;
        for (var i = open; i < Masked.Length; i++)
        {
            if (Masked[i] is '(' or '[' or '{')
            {
                depth++;
            }
            else if (Masked[i] is ')' or ']' or '}' && --depth == 0)
            {
                return i;
            }
        }

        throw new FormatException($"{Where(open)}: unbalanced '{Masked[open]}'");
    }

    /// <summary>The content of the single-quoted string literal whose opening quote is at <paramref name="quote"/>.</summary>
    public string StringAt(int quote)
    {
        var close = Masked.IndexOf('\'', quote + 1);
        return close < 0 ? throw new FormatException($"{Where(quote)}: unterminated string") : Text[(quote + 1)..close];
    }

    private Span Trimmed(int start, int end)
    {
        while (end > start && char.IsWhiteSpace(Masked[end - 1]))
        {
            end--;
        }

        return new Span(start, end);
    }

    private static string Mask(string text)
    {
        var masked = text.ToCharArray();
        var i = 0;
        while (i < text.Length)
        {
            int end;
            if (text.AsSpan(i).StartsWith("//"))
            {
                end = IndexOrEnd(text, "\n", i);
                Blank(masked, i, end, keepNewlines: true);
            }
            else if (text.AsSpan(i).StartsWith("/*"))
            {
                end = Math.Min(IndexOrEnd(text, "*/", i + 2) + 2, text.Length);
                Blank(masked, i, end, keepNewlines: true);
            }
            else if (text[i] == '\'')
            {
                end = SkipString(text, i);
                var quotes = text.AsSpan(i).StartsWith("'''") ? 3 : 1;
                Blank(masked, i + quotes, Math.Max(i + quotes, end - quotes), keepNewlines: false);
            }
            else
            {
                end = i + 1;
            }

            i = end;
        }

        return new string(masked);
    }

    // From an opening quote to just past the closing one: escapes, ${...} interpolations (which may
    // hold strings of their own) and '''multi-line''' strings (no escapes, no interpolation).
    private static int SkipString(string text, int quote)
    {
        if (text.AsSpan(quote).StartsWith("'''"))
        {
            return Math.Min(IndexOrEnd(text, "'''", quote + 3) + 3, text.Length);
        }

        var i = quote + 1;
        while (i < text.Length)
        {
            switch (text[i])
            {
                case '\\':
                    i += 2;
                    break;
                case '\'':
                    return i + 1;
                case '$' when i + 1 < text.Length && text[i + 1] == '{':
                    i = SkipInterpolation(text, i + 2);
                    break;
                default:
                    i++;
                    break;
            }
        }

        return text.Length;
    }

    private static int SkipInterpolation(string text, int i)
    {
        var depth = 1;
        while (i < text.Length)
        {
            switch (text[i])
            {
                case '\'':
                    i = SkipString(text, i);
                    continue;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i + 1;
            }

            i++;
        }

        return text.Length;
    }

    private static int IndexOrEnd(string text, string value, int from)
    {
        var at = text.IndexOf(value, from, StringComparison.Ordinal);
        return at < 0 ? text.Length : at;
    }

    private static void Blank(char[] chars, int start, int end, bool keepNewlines)
    {
        for (var i = start; i < end; i++)
        {
            if (!(keepNewlines && chars[i] == '\n'))
            {
                chars[i] = ' ';
            }
        }
    }
}
