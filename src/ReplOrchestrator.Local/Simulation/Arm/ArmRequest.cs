namespace ReplOrchestrator.Local.Simulation.Arm;

/// <summary>One request the ARM stand-in received.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path, e.g. <c>/subscriptions/…/vaults/v/replicationEvents</c>.</param>
/// <param name="Query">The query's parameters, unescaped; the first value of each.</param>
/// <param name="Authorization">The <c>Authorization</c> header, if any.</param>
internal sealed record ArmRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, string? Authorization)
{
    /// <summary>The value of a query parameter, or null.</summary>
    public string? QueryValue(string name) => Query.GetValueOrDefault(name);
}
