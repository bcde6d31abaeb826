namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>A set of .bicep documents that refer to each other by relative path (modules, imports).</summary>
internal sealed class TemplateSet
{
    private readonly Dictionary<string, BicepDocument> _byPath;

    public TemplateSet(IEnumerable<BicepDocument> documents)
    {
        Documents = documents.ToList();
        _byPath = Documents.ToDictionary(d => Path.GetFullPath(d.Path), StringComparer.Ordinal);
    }

    public IReadOnlyList<BicepDocument> Documents { get; }

    /// <summary>The document a module or import of <paramref name="from"/> names, or null when it is not in the set.</summary>
    public BicepDocument? Resolve(BicepDocument from, string relativePath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(from.Path)) ?? "/";
        return _byPath.GetValueOrDefault(Path.GetFullPath(Path.Combine(directory, relativePath)));
    }

    /// <summary>A set made of inline snippets, keyed by made-up paths such as <c>main.bicep</c> or <c>modules/a.bicep</c>.</summary>
    public static TemplateSet FromSnippets(params (string Path, string Text)[] files) =>
        new(files.Select(f => BicepDocument.Parse(Path.Combine("/snippets", f.Path), f.Text)));
}
