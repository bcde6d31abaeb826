using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>No region is written into a template: every resource's location comes from a parameter.</summary>
internal static class LocationRule
{
    public static IEnumerable<string> Check(TemplateSet templates) =>
        templates.Documents
            .SelectMany(d => d.Resources.Select(r => (Document: d, Resource: r)))
            .Where(x => x.Resource.Body["location"] is { } location && !x.Document.Parameters.Any(p => p.Name == location.Raw))
            .Select(x => $"{x.Resource.Where}: {x.Resource.Symbol} takes its location from '{x.Resource.Body["location"]!.Raw}', not a parameter");
}
