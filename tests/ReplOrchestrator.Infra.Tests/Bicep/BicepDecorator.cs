namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>A decorator such as <c>@description('…')</c>; <see cref="Name"/> drops a <c>sys.</c> prefix.</summary>
internal sealed record BicepDecorator(string Name, BicepValue? Argument);
