namespace ReplOrchestrator.Functions.Manifest;

/// <summary>Every function the app declares, by name (case-insensitive, as the host routes them).</summary>
internal sealed class FunctionCatalog
{
    private readonly Dictionary<string, FunctionDefinition> _functions;

    public FunctionCatalog(IEnumerable<FunctionDefinition> functions)
    {
        ArgumentNullException.ThrowIfNull(functions);
        _functions = new Dictionary<string, FunctionDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var function in functions)
        {
            if (!_functions.TryAdd(function.Name, function))
            {
                throw new ArgumentException($"The function '{function.Name}' is declared twice.", nameof(functions));
            }
        }
    }

    /// <summary>All functions, ordered by name.</summary>
    public IReadOnlyList<FunctionDefinition> All => [.. _functions.Values.OrderBy(f => f.Name, StringComparer.Ordinal)];

    /// <summary>Finds a function by name.</summary>
    public bool TryGet(string name, out FunctionDefinition function) => _functions.TryGetValue(name, out function!);
}
