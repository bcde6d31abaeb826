namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>
/// A <c>resource</c> declaration, top-level or nested in another resource's body. <see cref="Type"/>
/// is the full type (a nested resource's relative type is joined to its parent's) and
/// <see cref="ApiVersion"/> the version it is pinned to (inherited from the parent when omitted).
/// </summary>
internal sealed record BicepResource(
    string Symbol,
    string Type,
    string ApiVersion,
    bool IsExisting,
    BicepObject Body,
    IReadOnlyList<BicepDecorator> Decorators,
    string Where)
{
    public string TypeAndVersion => $"{Type}@{ApiVersion}";
}
