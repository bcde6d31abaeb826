using System.Text.RegularExpressions;

namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>
/// An expression as written (<see cref="Raw"/>, from the original text), and its structure when it is
/// an object literal, an array literal or a loop over an object literal.
/// </summary>
internal sealed partial class BicepValue
{
    private BicepValue(BicepSource source, Span span)
    {
        Source = source;
        Offset = span.Start;
        Raw = source.Text[span.Start..span.End];
        var masked = source.Masked[span.Start..span.End];

        if (masked.StartsWith('{') && source.Closing(span.Start) == span.End - 1)
        {
            Object = BicepObject.Parse(source, new Span(span.Start + 1, span.End - 1));
        }
        else if (masked.StartsWith('[') && source.Closing(span.Start) == span.End - 1)
        {
            var loop = LoopBody().Match(masked);
            Items = loop.Success
                ? [Parse(source, new Span(span.Start + loop.Groups["body"].Index, span.End - 1))]
                : source.Pieces(span.Start + 1, span.End - 1).Select(piece => Parse(source, piece)).ToList();
        }
    }

    public BicepSource Source { get; }

    public int Offset { get; }

    public string Raw { get; }

    public BicepObject? Object { get; }

    public IReadOnlyList<BicepValue>? Items { get; }

    /// <summary>The content when the value is one plain string literal (no interpolation); otherwise null.</summary>
    public string? StringLiteral =>
        Raw.Length >= 2 && Raw[0] == '\'' && Raw[^1] == '\'' && Source.Masked.IndexOf('\'', Offset + 1) == Offset + Raw.Length - 1
            && !Raw.Contains("${", StringComparison.Ordinal)
            ? Raw[1..^1]
            : null;

    public string Where => Source.Where(Offset);

    public static BicepValue Parse(BicepSource source, Span span)
    {
        var (start, end) = span;
        while (start < end && char.IsWhiteSpace(source.Masked[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(source.Masked[end - 1]))
        {
            end--;
        }

        return new BicepValue(source, new Span(start, end));
    }

    // `[for x in xs: {` or `[for (x, i) in xs: if (c) {` — the object literal is the loop's body.
    [GeneratedRegex(@"^\[\s*for\b[^:]*:\s*(?:if\s*\([^{]*\)\s*)?(?<body>\{)", RegexOptions.Singleline)]
    private static partial Regex LoopBody();
}
