using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>Every declared resource of a taggable type (or of a type not yet classified) sets tags.</summary>
internal static class TagRule
{
    public static IEnumerable<string> Check(TemplateSet templates) =>
        templates.Documents
            .SelectMany(d => d.Resources)
            .Where(r => !r.IsExisting && (!ResourceTypes.All.TryGetValue(r.Type, out var rule) || rule.Taggable))
            .Where(r => r.Body["tags"] is null)
            .Select(r => $"{r.Where}: {r.Symbol} ({r.Type}) sets no tags");
}
