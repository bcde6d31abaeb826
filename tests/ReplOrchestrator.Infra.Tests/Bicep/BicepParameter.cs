namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>A <c>param</c> declaration of a .bicep file.</summary>
internal sealed record BicepParameter(
    string Name,
    string Type,
    BicepValue? Default,
    IReadOnlyList<BicepDecorator> Decorators,
    string Where)
{
    public string? Description =>
        Decorators.FirstOrDefault(d => d.Name == "description")?.Argument?.StringLiteral;
}
