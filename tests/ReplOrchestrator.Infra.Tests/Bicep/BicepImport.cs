namespace ReplOrchestrator.Infra.Tests.Bicep;

/// <summary>A compile-time import: <c>import { a, b } from 'path'</c>.</summary>
internal sealed record BicepImport(IReadOnlyList<string> Names, string Path, string Where);
