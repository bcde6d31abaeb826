using System.Text.RegularExpressions;

namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>A .bicepparam file: the template it is <c>using</c>, and the parameters it assigns.</summary>
internal sealed partial class BicepParamDocument
{
    private BicepParamDocument(string? usingPath, bool usingIsFirst, IReadOnlyDictionary<string, BicepValue> assignments)
    {
        UsingPath = usingPath;
        UsingIsFirst = usingIsFirst;
        Assignments = assignments;
    }

    /// <summary>The path in the <c>using</c> statement, or null when there is none.</summary>
    public string? UsingPath { get; }

    /// <summary>Whether <c>using</c> is the first statement, as Bicep requires.</summary>
    public bool UsingIsFirst { get; }

    public IReadOnlyDictionary<string, BicepValue> Assignments { get; }

    public static BicepParamDocument Load(string path) => Parse(path, File.ReadAllText(path));

    public static BicepParamDocument Parse(string path, string text)
    {
        var source = new BicepSource(path, text);
        string? usingPath = null;
        var usingIsFirst = false;
        var assignments = new Dictionary<string, BicepValue>(StringComparer.Ordinal);
        var pieces = source.Pieces(0, source.Text.Length);
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var masked = source.Masked[piece.Start..piece.End];
            if (Using().Match(masked) is { Success: true } declaration)
            {
                usingPath = source.StringAt(piece.Start + declaration.Groups["quote"].Index);
                usingIsFirst = i == 0;
            }
            else if (Assignment().Match(masked) is { Success: true } assignment)
            {
                var value = BicepValue.Parse(source, new Span(piece.Start + assignment.Length, piece.End));
                if (!assignments.TryAdd(assignment.Groups["name"].Value, value))
                {
                    throw new FormatException($"{source.Where(piece.Start)}: '{assignment.Groups["name"].Value}' assigned twice");
                }
            }
            else
            {
                throw new FormatException($"{source.Where(piece.Start)}: expected 'using' or 'param name = value'");
            }
        }

        return new BicepParamDocument(usingPath, usingIsFirst, assignments);
    }

    [GeneratedRegex(@"^using\s+(?<quote>')")]
    private static partial Regex Using();

    [GeneratedRegex(@"^param\s+(?<name>\w+)\s*=\s*")]
    private static partial Regex Assignment();
}
