namespace ReplOrchestrator.Infra.Tests.Compiler;

/// <summary>What the Bicep gate found under <see cref="Root"/>, and where it put the compiled templates.</summary>
internal sealed record BicepGateResult(
    string Root,
    IReadOnlyList<string> Files,
    IReadOnlyList<BicepDiagnostic> Diagnostics,
    IReadOnlyList<string> Failures,
    string TemplatesDirectory)
{
    /// <summary>Every reason the gate fails, each naming the file, line, column and rule where there is one.</summary>
    public IReadOnlyList<string> Problems =>
    [
        .. Failures,
        .. Diagnostics.Where(d => d.IsProblem).Select(d => d.Describe(Path.GetDirectoryName(Root) ?? Root)),
    ];

    /// <summary>The ARM JSON <c>bicep build</c> wrote for a .bicep file under <see cref="Root"/>.</summary>
    public string CompiledTemplate(string relativePath) =>
        Path.ChangeExtension(Path.Combine(TemplatesDirectory, relativePath), ".json");

    public override string ToString() => Problems.Count == 0
        ? $"{Files.Count} file(s), no errors or warnings"
        : $"{Files.Count} file(s), {Problems.Count} problem(s):\n{string.Join('\n', Problems)}";
}
