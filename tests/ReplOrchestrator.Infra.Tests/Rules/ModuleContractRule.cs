using System.Text.RegularExpressions;
using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>
/// What a compiler would catch across files, checked offline: modules and imports point at local
/// files that exist (registry modules cannot be restored where CI runs), a module call passes only
/// parameters the module declares and every one it requires, <c>module.outputs.x</c> names a declared
/// output, and imported names are exported.
/// </summary>
internal static partial class ModuleContractRule
{
    public static IEnumerable<string> Check(TemplateSet templates)
    {
        foreach (var document in templates.Documents)
        {
            var modules = new Dictionary<string, BicepDocument>(StringComparer.Ordinal);
            foreach (var module in document.Modules)
            {
                if (templates.Resolve(document, module.Path) is not { } target)
                {
                    yield return $"{module.Where}: module {module.Symbol} points at '{module.Path}', which is not a local .bicep file here";
                    continue;
                }

                modules[module.Symbol] = target;
                var passed = module.Params.Properties.Select(p => p.Key).ToList();
                foreach (var unknown in passed.Where(p => !target.Parameters.Any(t => t.Name == p)))
                {
                    yield return $"{module.Where}: module {module.Symbol} passes '{unknown}', which {module.Path} does not declare";
                }

                foreach (var missing in target.Parameters.Where(t => t.Default is null && !passed.Contains(t.Name)))
                {
                    yield return $"{module.Where}: module {module.Symbol} does not pass the required '{missing.Name}'";
                }
            }

            foreach (Match use in OutputUse().Matches(document.Source.Text))
            {
                if (modules.TryGetValue(use.Groups["module"].Value, out var target) && !target.Outputs.Any(o => o.Name == use.Groups["output"].Value))
                {
                    yield return $"{document.Source.Where(use.Index)}: {use.Value} is not an output of {Path.GetFileName(target.Path)}";
                }
            }

            foreach (var import in document.Imports)
            {
                if (templates.Resolve(document, import.Path) is not { } source)
                {
                    yield return $"{import.Where}: import from '{import.Path}', which is not a local .bicep file here";
                    continue;
                }

                var exported = source.Variables.Where(v => v.Decorators.Any(d => d.Name == "export")).Select(v => v.Name)
                    .Concat(source.Types.Where(t => t.Decorators.Any(d => d.Name == "export")).Select(t => t.Name));
                foreach (var name in import.Names.Except(exported))
                {
                    yield return $"{import.Where}: '{name}' is not exported by {import.Path}";
                }
            }
        }
    }

    [GeneratedRegex(@"\b(?<module>\w+)\.outputs\.(?<output>\w+)")]
    private static partial Regex OutputUse();
}
