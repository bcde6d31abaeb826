using System.Text.RegularExpressions;
using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>
/// Deployment outputs are readable by anyone who can read the deployment, so none may carry a key,
/// a connection string or a secret: no list*() call, no secret-sounding name or property, no secure
/// parameter passed through, no @secure() output.
/// </summary>
internal static partial class OutputRule
{
    public static IEnumerable<string> Check(TemplateSet templates)
    {
        foreach (var document in templates.Documents)
        {
            var secureParameters = document.Parameters.Where(p => p.Decorators.Any(d => d.Name == "secure")).Select(p => p.Name).ToHashSet();
            foreach (var output in document.Outputs)
            {
                var text = $"{output.Name} {output.Value.Raw}";
                if (SecretLike().Match(text) is { Success: true } match)
                {
                    yield return $"{output.Where}: output {output.Name} exposes '{match.Value}'";
                }

                if (output.Decorators.Any(d => d.Name == "secure"))
                {
                    yield return $"{output.Where}: output {output.Name} is @secure(); secrets stay in Key Vault, not in outputs";
                }

                foreach (var name in Identifiers().Matches(output.Value.Raw).Select(m => m.Value).Where(secureParameters.Contains))
                {
                    yield return $"{output.Where}: output {output.Name} passes the secure parameter {name} through";
                }
            }
        }
    }

    [GeneratedRegex(@"\blist\w*\(|(?i:connectionstring|secret|password|accountkey|sharedaccess|instrumentationkey|primarykey|secondarykey|accesskey|sas(?:token|url)?\b)")]
    private static partial Regex SecretLike();

    [GeneratedRegex(@"\b[A-Za-z_]\w*\b")]
    private static partial Regex Identifiers();
}
