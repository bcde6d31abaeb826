using System.Text.RegularExpressions;

namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>
/// The declarations of one .bicep file, read well enough to check the project's own rules, which go
/// beyond the Bicep linter's. Syntax and types are the real compiler's job (BicepCompilerTests); this
/// reader assumes they are right and throws <see cref="FormatException"/> on anything it cannot place.
/// </summary>
internal sealed partial class BicepDocument
{
    private readonly List<BicepParameter> _parameters = [];
    private readonly List<BicepVariable> _variables = [];
    private readonly List<BicepResource> _resources = [];
    private readonly List<BicepModule> _modules = [];
    private readonly List<BicepOutput> _outputs = [];
    private readonly List<BicepImport> _imports = [];
    private readonly List<BicepTypeDeclaration> _types = [];

    private BicepDocument(BicepSource source)
    {
        Source = source;
        var decorators = new List<BicepDecorator>();
        foreach (var piece in source.Pieces(0, source.Text.Length))
        {
            if (source.Masked[piece.Start] == '@')
            {
                decorators.Add(ReadDecorator(piece));
                continue;
            }

            ReadStatement(piece, decorators);
            decorators = [];
        }
    }

    public BicepSource Source { get; }

    /// <summary>The path the document was read from, as given.</summary>
    public string Path => Source.Path;

    public IReadOnlyList<BicepParameter> Parameters => _parameters;

    public IReadOnlyList<BicepVariable> Variables => _variables;

    /// <summary>Every resource, nested ones included, in source order.</summary>
    public IReadOnlyList<BicepResource> Resources => _resources;

    public IReadOnlyList<BicepModule> Modules => _modules;

    public IReadOnlyList<BicepOutput> Outputs => _outputs;

    public IReadOnlyList<BicepImport> Imports => _imports;

    public IReadOnlyList<BicepTypeDeclaration> Types => _types;

    public static BicepDocument Parse(string path, string text) => new(new BicepSource(path, text));

    public static BicepDocument Load(string path) => Parse(path, File.ReadAllText(path));

    private void ReadStatement(Span piece, List<BicepDecorator> decorators)
    {
        var masked = Source.Masked[piece.Start..piece.End];
        var where = Source.Where(piece.Start);
        var keyword = Keyword().Match(masked).Value;
        switch (keyword)
        {
            case "param":
                var param = Param().Match(masked);
                Require(param, piece);
                _parameters.Add(new BicepParameter(
                    param.Groups["name"].Value,
                    Source.Text.Substring(piece.Start + param.Groups["type"].Index, param.Groups["type"].Length).Trim(),
                    param.Groups["default"].Success ? ValueFrom(piece, param.Groups["default"].Index) : null,
                    decorators,
                    where));
                break;
            case "var":
                var variable = Assignment().Match(masked);
                Require(variable, piece);
                _variables.Add(new BicepVariable(variable.Groups["name"].Value, ValueFrom(piece, variable.Length), decorators));
                break;
            case "output":
                var output = Output().Match(masked);
                Require(output, piece);
                _outputs.Add(new BicepOutput(
                    output.Groups["name"].Value,
                    output.Groups["type"].Value.Trim(),
                    ValueFrom(piece, output.Length),
                    decorators,
                    where));
                break;
            case "resource":
                ReadResource(piece, decorators, parent: null);
                break;
            case "module":
                var module = Declaration().Match(masked);
                Require(module, piece);
                _modules.Add(new BicepModule(
                    module.Groups["symbol"].Value,
                    Source.StringAt(piece.Start + module.Groups["quote"].Index),
                    BodyOf(piece, module.Length),
                    where));
                break;
            case "import":
                var import = Import().Match(masked);
                Require(import, piece);
                _imports.Add(new BicepImport(
                    import.Groups["names"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    Source.StringAt(piece.Start + import.Groups["quote"].Index),
                    where));
                break;
            case "type":
                _types.Add(new BicepTypeDeclaration(Assignment().Match(masked).Groups["name"].Value, decorators));
                break;
            case "targetScope" or "metadata" or "func":
                break;
            default:
                throw new FormatException($"{where}: unexpected '{masked.Split('\n')[0]}'");
        }
    }

    private void ReadResource(Span piece, List<BicepDecorator> decorators, BicepResource? parent)
    {
        var masked = Source.Masked[piece.Start..piece.End];
        var match = Declaration().Match(masked);
        Require(match, piece);
        var typeAndVersion = Source.StringAt(piece.Start + match.Groups["quote"].Index).Split('@');
        var type = parent is null || typeAndVersion[0].Contains('/', StringComparison.Ordinal) && typeAndVersion[0].Contains('.', StringComparison.Ordinal)
            ? typeAndVersion[0]
            : $"{parent.Type}/{typeAndVersion[0]}";
        var version = typeAndVersion.Length > 1 ? typeAndVersion[1]
            : parent?.ApiVersion ?? throw new FormatException($"{Source.Where(piece.Start)}: resource type without an API version");

        var body = BodyOf(piece, match.Length);
        var resource = new BicepResource(
            match.Groups["symbol"].Value,
            type,
            version,
            match.Groups["existing"].Success,
            body,
            decorators,
            Source.Where(piece.Start));
        _resources.Add(resource);
        foreach (var nested in body.NestedResourceSpans)
        {
            ReadResource(nested, [], resource);
        }
    }

    // The object literal a resource or module declares: `{...}`, `if (c) {...}` or `[for ...: {...}]`.
    private BicepObject BodyOf(Span piece, int afterEquals)
    {
        var value = ValueFrom(piece, afterEquals);
        var conditional = ConditionPrefix().Match(Source.Masked[value.Offset..piece.End]);
        if (conditional.Success)
        {
            var condition = Source.Closing(value.Offset + conditional.Length - 1);
            value = BicepValue.Parse(Source, new Span(condition + 1, piece.End));
        }

        return value.Object
            ?? value.Items?.SingleOrDefault()?.Object
            ?? throw new FormatException($"{value.Where}: expected an object body");
    }

    private BicepDecorator ReadDecorator(Span piece)
    {
        var masked = Source.Masked[piece.Start..piece.End];
        var match = DecoratorSyntax().Match(masked);
        Require(match, piece);
        var argument = match.Groups["args"].Success
            ? BicepValue.Parse(Source, new Span(piece.Start + match.Groups["args"].Index, piece.Start + match.Groups["args"].Index + match.Groups["args"].Length))
            : null;
        return new BicepDecorator(match.Groups["name"].Value, argument);
    }

    private BicepValue ValueFrom(Span piece, int relativeStart) =>
        BicepValue.Parse(Source, new Span(piece.Start + relativeStart, piece.End));

    private void Require(Match match, Span piece)
    {
        if (!match.Success)
        {
            throw new FormatException($"{Source.Where(piece.Start)}: cannot read '{Source.Text[piece.Start..piece.End].Split('\n')[0]}'");
        }
    }

    [GeneratedRegex(@"^[A-Za-z]+")]
    private static partial Regex Keyword();

    [GeneratedRegex(@"^param\s+(?<name>\w+)\s+(?<type>[^=]+?)\s*(?:=\s*(?<default>.*))?$", RegexOptions.Singleline)]
    private static partial Regex Param();

    [GeneratedRegex(@"^(?:var|type)\s+(?<name>\w+)\s*=\s*")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^output\s+(?<name>\w+)\s+(?<type>[^=]+?)\s*=\s*")]
    private static partial Regex Output();

    [GeneratedRegex(@"^(?:resource|module)\s+(?<symbol>\w+)\s+(?<quote>')[^']*'\s*(?<existing>existing\s*)?=\s*")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^import\s*\{(?<names>[^}]*)\}\s*from\s*(?<quote>')")]
    private static partial Regex Import();

    [GeneratedRegex(@"^@(?:sys\.)?(?<name>\w+)\s*\((?<args>.*)\)$", RegexOptions.Singleline)]
    private static partial Regex DecoratorSyntax();

    [GeneratedRegex(@"^if\s*\(", RegexOptions.Singleline)]
    private static partial Regex ConditionPrefix();
}
