namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>What the rules allow for one resource type.</summary>
internal sealed record ResourceTypeRule(string Type, string ApiVersion, bool Taggable, string? Abbreviation);
