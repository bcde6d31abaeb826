using System.Text.Json;
using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Support;

/// <summary>The committed infra/ files, read once per test run.</summary>
internal static class InfraFiles
{
    private static readonly Lazy<IReadOnlyList<BicepDocument>> s_templates = new(() =>
        Directory.EnumerateFiles(RepoPaths.Infra, "*.bicep", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(BicepDocument.Load)
            .ToList());

    /// <summary>Every .bicep file under infra/, the shared import files included.</summary>
    public static IReadOnlyList<BicepDocument> Templates => s_templates.Value;

    public static TemplateSet Set => new(Templates);

    /// <summary>
    /// The committed templates with one file's text replaced in memory: proves a rule that passes on
    /// the committed files would fail on them if they changed. <paramref name="relativePath"/> is under infra/.
    /// </summary>
    public static TemplateSet SetWithEdit(string relativePath, string original, string replacement)
    {
        var path = Path.Combine(RepoPaths.Infra, relativePath);
        var document = Templates.Single(d => d.Path == path);
        if (!document.Source.Text.Contains(original, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{relativePath} no longer contains '{original}'");
        }

        var edited = BicepDocument.Parse(path, document.Source.Text.Replace(original, replacement, StringComparison.Ordinal));
        return new TemplateSet(Templates.Select(d => d == document ? edited : d));
    }

    public static BicepDocument Main => Templates.Single(d => d.Path == MainPath);

    public static string MainPath => Path.Combine(RepoPaths.Infra, "main.bicep");

    public static IReadOnlyList<string> ParamFilePaths =>
        Directory.EnumerateFiles(RepoPaths.Infra, "*.bicepparam", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyDictionary<string, string> Abbreviations =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(RepoPaths.Infra, "abbreviations.json")))
        ?? throw new InvalidDataException("abbreviations.json is empty");
}
