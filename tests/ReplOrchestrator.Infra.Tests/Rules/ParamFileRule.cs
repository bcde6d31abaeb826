using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>
/// A .bicepparam file opens with <c>using</c> its template, assigns only parameters the template
/// declares, and supplies every one that has no default.
/// </summary>
internal static class ParamFileRule
{
    public static IEnumerable<string> Check(BicepParamDocument parameters, string parametersPath, BicepDocument template)
    {
        var expectedUsing = Path.GetRelativePath(Path.GetDirectoryName(parametersPath) ?? ".", template.Path).Replace('\\', '/');
        if (!parameters.UsingIsFirst || parameters.UsingPath != expectedUsing)
        {
            yield return $"{parametersPath}: the first statement must be using '{expectedUsing}'";
        }

        foreach (var unknown in parameters.Assignments.Keys.Where(name => !template.Parameters.Any(p => p.Name == name)))
        {
            yield return $"{parameters.Assignments[unknown].Where}: '{unknown}' is not a parameter of {Path.GetFileName(template.Path)}";
        }

        foreach (var missing in template.Parameters.Where(p => p.Default is null && !parameters.Assignments.ContainsKey(p.Name)))
        {
            yield return $"{parametersPath}: the required parameter '{missing.Name}' is not supplied";
        }
    }
}
