namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>A user-defined <c>type</c> declaration.</summary>
internal sealed record BicepTypeDeclaration(string Name, IReadOnlyList<BicepDecorator> Decorators);
