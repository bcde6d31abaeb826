using System.Text.RegularExpressions;

namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>
/// An object literal: its properties in order, and any child resources declared inside it
/// (`resource child 'type' = {...}` within a resource body).
/// </summary>
internal sealed partial class BicepObject
{
    private readonly List<KeyValuePair<string, BicepValue>> _properties = [];
    private readonly List<Span> _nestedResources = [];

    private BicepObject()
    {
    }

    public static BicepObject Empty { get; } = new();

    public IReadOnlyList<KeyValuePair<string, BicepValue>> Properties => _properties;

    public IReadOnlyList<Span> NestedResourceSpans => _nestedResources;

    public static BicepObject Parse(BicepSource source, Span interior)
    {
        var result = new BicepObject();
        foreach (var piece in source.Pieces(interior.Start, interior.End))
        {
            var masked = source.Masked[piece.Start..piece.End];
            if (masked.StartsWith("resource ", StringComparison.Ordinal))
            {
                result._nestedResources.Add(piece);
                continue;
            }

            var key = Key().Match(masked);
            if (!key.Success)
            {
                throw new FormatException($"{source.Where(piece.Start)}: expected 'name: value'");
            }

            var name = key.Groups["name"].Value.StartsWith('\'')
                ? source.Text[(piece.Start + 1)..(piece.Start + key.Groups["name"].Length - 1)]
                : key.Groups["name"].Value;
            var value = BicepValue.Parse(source, new Span(piece.Start + key.Length, piece.End));
            result._properties.Add(new(name, value));
        }

        return result;
    }

    public BicepValue? this[string name] =>
        _properties.FirstOrDefault(p => p.Key == name).Value;

    /// <summary>The value at a dotted path such as <c>properties.features.disableLocalAuth</c>, or null.</summary>
    public BicepValue? At(string path)
    {
        var current = this;
        BicepValue? value = null;
        foreach (var part in path.Split('.'))
        {
            value = current?[part];
            current = value?.Object;
        }

        return value;
    }

    [GeneratedRegex(@"^(?<name>'[^']*'|[A-Za-z_$][\w$]*)\s*:\s*")]
    private static partial Regex Key();
}
