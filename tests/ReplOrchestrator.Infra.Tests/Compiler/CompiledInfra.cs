using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Compiler;

/// <summary>
/// The Bicep gate run once over the committed infra/, its compiled JSON in a temporary folder, and
/// the files under infra/ before and after the run (the gate must leave them as they are).
/// </summary>
public sealed class CompiledInfra : IDisposable
{
    private readonly TemporaryDirectory _output = new();

    public CompiledInfra()
    {
        FilesBefore = Snapshot();
        Result = BicepGate.Check(RepoPaths.Infra, _output.Path);
        FilesAfter = Snapshot();
    }

    internal BicepGateResult Result { get; }

    internal IReadOnlyList<string> FilesBefore { get; }

    internal IReadOnlyList<string> FilesAfter { get; }

    public void Dispose() => _output.Dispose();

    private static List<string> Snapshot() =>
        Directory.EnumerateFiles(RepoPaths.Infra, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(RepoPaths.Infra, f)} {File.GetLastWriteTimeUtc(f):O}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
