using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>
/// Every parameter says what it is for and has a real type: a description that begins "Required."
/// when it has no default and "Optional." when it has one, and a type other than the untyped
/// any/object/array.
/// </summary>
internal static class ParameterRule
{
    private static readonly HashSet<string> s_untyped = new(StringComparer.Ordinal) { "any", "object", "array" };

    public static IEnumerable<string> Check(TemplateSet templates)
    {
        foreach (var parameter in templates.Documents.SelectMany(d => d.Parameters))
        {
            var prefix = parameter.Default is null ? "Required. " : "Optional. ";
            if (parameter.Description is not { } description)
            {
                yield return $"{parameter.Where}: parameter {parameter.Name} has no @description('{prefix}…')";
            }
            else if (!description.StartsWith(prefix, StringComparison.Ordinal) || description.Length <= prefix.Length)
            {
                yield return $"{parameter.Where}: the description of {parameter.Name} must start with '{prefix}' and say what it is for";
            }

            if (s_untyped.Contains(parameter.Type.TrimEnd('?')))
            {
                yield return $"{parameter.Where}: parameter {parameter.Name} is typed '{parameter.Type}'; give it a real type (string[], a user-defined type, …)";
            }
        }
    }
}
