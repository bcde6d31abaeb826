using System.Text.RegularExpressions;
using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>
/// Names come from one place. main.bicep's <c>names</c> object builds each name from an
/// abbreviations.json prefix and <c>resourceToken</c> (a uniqueString); modules take every taggable
/// resource's name from a parameter; main passes each such parameter a <c>names.x</c> whose prefix is
/// the one for that resource type.
/// </summary>
internal static partial class NamingRule
{
    public const string NamesVariable = "names";
    public const string TokenVariable = "resourceToken";

    public static IEnumerable<string> Check(TemplateSet templates, BicepDocument main, IReadOnlyDictionary<string, string> abbreviations)
    {
        var names = main.Variables.FirstOrDefault(v => v.Name == NamesVariable)?.Value.Object;
        if (names is null)
        {
            yield return $"{main.Path}: main declares no '{NamesVariable}' object";
            yield break;
        }

        var prefixOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in names.Properties)
        {
            var used = Abbreviation().Matches(value.Raw).Select(m => m.Groups["key"].Value).ToList();
            if (used.Count != 1 || !abbreviations.ContainsKey(used[0]))
            {
                yield return $"{value.Where}: names.{key} must use exactly one abbreviations.json prefix (abbrs.<key>)";
            }
            else
            {
                prefixOf[key] = used[0];
            }

            if (!value.Raw.Contains(TokenVariable, StringComparison.Ordinal))
            {
                yield return $"{value.Where}: names.{key} must include {TokenVariable}";
            }
        }

        foreach (var resource in main.Resources.Where(IsNamed))
        {
            foreach (var violation in CheckNameSource(resource, resource.Body["name"]?.Raw, prefixOf))
            {
                yield return violation;
            }
        }

        foreach (var module in main.Modules)
        {
            if (templates.Resolve(main, module.Path) is not { } target)
            {
                continue;
            }

            foreach (var resource in target.Resources.Where(IsNamed))
            {
                var nameParameter = resource.Body["name"]?.Raw;
                if (nameParameter is null || !target.Parameters.Any(p => p.Name == nameParameter))
                {
                    yield return $"{resource.Where}: {resource.Symbol} must take its name from a parameter";
                    continue;
                }

                foreach (var violation in CheckNameSource(resource, module.Params[nameParameter]?.Raw, prefixOf))
                {
                    yield return $"{module.Where}: {violation}";
                }
            }
        }
    }

    private static bool IsNamed(BicepResource resource) =>
        !resource.IsExisting && ResourceTypes.All.TryGetValue(resource.Type, out var rule) && rule.Abbreviation is not null;

    private static IEnumerable<string> CheckNameSource(BicepResource resource, string? passed, Dictionary<string, string> prefixOf)
    {
        var reference = NamesReference().Match(passed ?? "");
        if (!reference.Success)
        {
            yield return $"the name of {resource.Symbol} ({resource.Type}) must be {NamesVariable}.<x>, not '{passed}'";
        }
        else if (prefixOf.GetValueOrDefault(reference.Groups["key"].Value) is { } prefix && prefix != ResourceTypes.All[resource.Type].Abbreviation)
        {
            yield return $"{resource.Symbol} ({resource.Type}) is named with abbrs.{prefix}; use abbrs.{ResourceTypes.All[resource.Type].Abbreviation}";
        }
    }

    [GeneratedRegex(@"\babbrs\.(?<key>\w+)")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"^names\.(?<key>\w+)$")]
    private static partial Regex NamesReference();
}
