using System.Text.RegularExpressions;
using ReplOrchestrator.Infra.Tests.Bicep;

namespace ReplOrchestrator.Infra.Tests.Rules;

/// <summary>
/// Role ids are written once, in the exported <c>roleIds</c> catalog, each under its documented role's
/// name; every role assignment takes its id from there, is named guid(scope, principal, role) for
/// its actual scope, targets a service principal, and says in its description which role it grants.
/// </summary>
internal static partial class RoleAssignmentRule
{
    public const string CatalogName = "roleIds";
    private const string RoleAssignmentType = "Microsoft.Authorization/roleAssignments";

    public static IEnumerable<string> Check(TemplateSet templates)
    {
        var catalogs = templates.Documents.SelectMany(d => d.Variables.Where(v => v.Name == CatalogName).Select(v => (Document: d, Variable: v))).ToList();
        if (catalogs.Count != 1 || catalogs[0].Variable.Value.Object is not { } catalog)
        {
            yield return $"exactly one document must declare the object variable '{CatalogName}' (found {catalogs.Count})";
            yield break;
        }

        var roleNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in catalog.Properties)
        {
            var name = value.StringLiteral is { } id ? DocumentedRoles.NameOfId(id) : null;
            if (name is null)
            {
                yield return $"{value.Where}: '{key}' is not a documented built-in role id ({value.Raw})";
            }
            else if (DocumentedRoles.KeyOf(name) != key)
            {
                yield return $"{value.Where}: '{key}' holds the id of {name}; name it {DocumentedRoles.KeyOf(name)}";
            }
            else
            {
                roleNames[key] = name;
            }
        }

        foreach (var document in templates.Documents.Where(d => d != catalogs[0].Document))
        {
            foreach (Match guid in GuidLiteral().Matches(document.Source.Text))
            {
                yield return $"{document.Source.Where(guid.Index)}: a literal id ({guid.Value}); role ids live only in the {CatalogName} catalog";
            }

            foreach (var assignment in document.Resources.Where(r => r.Type == RoleAssignmentType && !r.IsExisting))
            {
                foreach (var violation in CheckAssignment(assignment, roleNames))
                {
                    yield return $"{assignment.Where}: {violation}";
                }
            }
        }
    }

    private static IEnumerable<string> CheckAssignment(BicepResource assignment, Dictionary<string, string> roleNames)
    {
        var body = assignment.Body;
        var definition = RoleDefinition().Match(body.At("properties.roleDefinitionId")?.Raw ?? "");
        if (!definition.Success)
        {
            yield return $"roleDefinitionId must be subscriptionResourceId('Microsoft.Authorization/roleDefinitions', {CatalogName}.<role>)";
            yield break;
        }

        var key = definition.Groups["key"].Value;
        if (!roleNames.TryGetValue(key, out var roleName))
        {
            yield return $"{CatalogName}.{key} is not in the catalog";
            yield break;
        }

        var principal = body.At("properties.principalId")?.Raw;
        var expectedScope = body["scope"] is { } scope ? $"{scope.Raw}.id" : "resourceGroup().id";
        var name = AssignmentName().Match(body["name"]?.Raw ?? "");
        if (!name.Success || name.Groups["scope"].Value != expectedScope || name.Groups["principal"].Value != principal || name.Groups["key"].Value != key)
        {
            yield return $"name must be guid({expectedScope}, {principal}, {CatalogName}.{key})";
        }

        if (body.At("properties.principalType")?.StringLiteral != "ServicePrincipal")
        {
            yield return "principalType must be 'ServicePrincipal'";
        }

        if (body.At("properties.description")?.StringLiteral is not { } description || !description.StartsWith(roleName + ": ", StringComparison.Ordinal))
        {
            yield return $"description must start with '{roleName}: ' (the role {CatalogName}.{key} grants) and say why";
        }
    }

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidLiteral();

    [GeneratedRegex(@"^subscriptionResourceId\('Microsoft\.Authorization/roleDefinitions',\s*roleIds\.(?<key>\w+)\)$")]
    private static partial Regex RoleDefinition();

    [GeneratedRegex(@"^guid\((?<scope>[^,]+),\s*(?<principal>[^,]+),\s*roleIds\.(?<key>\w+)\)$")]
    private static partial Regex AssignmentName();
}
