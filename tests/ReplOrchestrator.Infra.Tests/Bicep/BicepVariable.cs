namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>A <c>var</c> declaration.</summary>
internal sealed record BicepVariable(string Name, BicepValue Value, IReadOnlyList<BicepDecorator> Decorators);
