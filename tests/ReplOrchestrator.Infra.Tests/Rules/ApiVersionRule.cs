using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>Every resource, existing ones included, is of a known type pinned to its one allowed API version.</summary>
internal static class ApiVersionRule
{
    public static IEnumerable<string> Check(TemplateSet templates) =>
        templates.Documents.SelectMany(d => d.Resources).Select(Violation).OfType<string>();

    private static string? Violation(BicepResource resource)
    {
        if (!ResourceTypes.All.TryGetValue(resource.Type, out var rule))
        {
            return $"{resource.Where}: {resource.Type} is not an allowed resource type; add it to ResourceTypes with a pinned version";
        }

        return resource.ApiVersion == rule.ApiVersion
            ? null
            : $"{resource.Where}: {resource.TypeAndVersion} is not the allowed version; use {rule.Type}@{rule.ApiVersion}";
    }
}
