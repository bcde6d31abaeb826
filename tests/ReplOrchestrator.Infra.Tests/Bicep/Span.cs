namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>A range [Start, End) of offsets into a <see cref="BicepSource"/>.</summary>
internal readonly record struct Span(int Start, int End);
