namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>An <c>output</c> declaration.</summary>
internal sealed record BicepOutput(
    string Name,
    string Type,
    BicepValue Value,
    IReadOnlyList<BicepDecorator> Decorators,
    string Where);
