using System.Text.RegularExpressions;

namespace ReplOrchestrator.Infra.Tests.Compiler;

/// <summary>
/// One diagnostic the Bicep CLI printed: a compiler error (BCPnnn) or a linter rule
/// (<c>use-recent-api-versions</c>, <c>no-unused-params</c>, ...), at a file, line and column.
/// </summary>
internal sealed partial record BicepDiagnostic(string File, int Line, int Column, string Level, string Code, string Message)
{
    /// <summary>Errors and warnings fail the gate; Info is advice.</summary>
    public bool IsProblem => Level is "Error" or "Warning";

    /// <summary>Reads a line of the CLI's default diagnostics format: <c>path(line,col) : Level code: message</c>.</summary>
    public static BicepDiagnostic? TryParse(string line)
    {
        var match = Format().Match(line);
        return match.Success
            ? new BicepDiagnostic(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["level"].Value,
                match.Groups["code"].Value,
                match.Groups["message"].Value)
            : null;
    }

    /// <summary><c>file:line:col: Level code: message</c>, the file relative to <paramref name="root"/> when it lies under it.</summary>
    public string Describe(string root)
    {
        var relative = Path.GetRelativePath(root, File);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? File : relative;
        return $"{shown}:{Line}:{Column}: {Level} {Code}: {Message}";
    }

    [GeneratedRegex(@"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\) : (?<level>Error|Warning|Info) (?<code>[^\s:]+): (?<message>.*)$")]
    private static partial Regex Format();
}
