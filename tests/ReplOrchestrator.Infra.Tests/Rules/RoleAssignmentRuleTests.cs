using ReplOrchestrator.Infra.Tests.Bicep;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Rules;

public sealed class RoleAssignmentRuleTests
{
    private const string Catalog = """
        @export()
        var roleIds = {
          reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7'
          keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
        }
        """;

    private const string GoodAssignment = """
        import { roleIds } from 'roles.bicep'

        param principalId string

        resource kv 'Microsoft.KeyVault/vaults@2025-05-01' existing = {
          name: 'kv'
        }

        resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
          name: guid(kv.id, principalId, roleIds.keyVaultSecretsUser)
          scope: kv
          properties: {
            roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleIds.keyVaultSecretsUser)
            principalId: principalId
            principalType: 'ServicePrincipal'
            description: 'Key Vault Secrets User: reads appliance keys.'
          }
        }
        """;

    [Fact]
    public void Check_CommittedInfra_UsesDocumentedRolesUnderTheirNames()
    {
        RoleAssignmentRule.Check(InfraFiles.Set).ShouldBeEmpty();
    }

    [Fact]
    public void Check_WellFormedAssignment_FindsNothing()
    {
        RoleAssignmentRule.Check(Set(Catalog, GoodAssignment)).ShouldBeEmpty();
    }

    [Fact]
    public void Check_CatalogIdNotDocumented_IsReported()
    {
        var catalog = Catalog.Replace("acdd72a7-3385-48ef-bd42-f606fba81ae7", "acdd72a7-3385-48ef-bd42-f606fba81ae8", StringComparison.Ordinal);

        RoleAssignmentRule.Check(Set(catalog, GoodAssignment)).ShouldHaveSingleItem().ShouldContain("'reader' is not a documented built-in role id");
    }

    [Fact]
    public void Check_CatalogKeyNamesAnotherRole_IsReported()
    {
        var catalog = Catalog.Replace("reader:", "contributor:", StringComparison.Ordinal);

        RoleAssignmentRule.Check(Set(catalog, GoodAssignment)).ShouldHaveSingleItem().ShouldContain("holds the id of Reader");
    }

    [Fact]
    public void Check_DescriptionNamesAnotherRole_IsReported()
    {
        var assignment = GoodAssignment.Replace("'Key Vault Secrets User: reads", "'Key Vault Reader: reads", StringComparison.Ordinal);

        RoleAssignmentRule.Check(Set(Catalog, assignment)).ShouldHaveSingleItem().ShouldContain("description must start with 'Key Vault Secrets User: '");
    }

    [Fact]
    public void Check_NameForAnotherScopeOrRole_IsReported()
    {
        var wrongScope = GoodAssignment.Replace("guid(kv.id,", "guid(resourceGroup().id,", StringComparison.Ordinal);
        var wrongRole = GoodAssignment.Replace("principalId, roleIds.keyVaultSecretsUser)", "principalId, roleIds.reader)", StringComparison.Ordinal);

        RoleAssignmentRule.Check(Set(Catalog, wrongScope)).ShouldHaveSingleItem().ShouldContain("name must be guid(kv.id, principalId, roleIds.keyVaultSecretsUser)");
        RoleAssignmentRule.Check(Set(Catalog, wrongRole)).ShouldHaveSingleItem().ShouldContain("name must be guid(");
    }

    [Fact]
    public void Check_LiteralRoleIdOutsideTheCatalog_IsReported()
    {
        var assignment = GoodAssignment.Replace("roleIds.keyVaultSecretsUser)\n    principalId", "'4633458b-17de-408a-b874-0445c86b69e6')\n    principalId", StringComparison.Ordinal);

        RoleAssignmentRule.Check(Set(Catalog, assignment)).ShouldSatisfyAllConditions(
            v => v.ShouldContain(m => m.Contains("a literal id", StringComparison.Ordinal)),
            v => v.ShouldContain(m => m.Contains("roleDefinitionId must be", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_PrincipalTypeNotServicePrincipal_IsReported()
    {
        var assignment = GoodAssignment.Replace("'ServicePrincipal'", "'User'", StringComparison.Ordinal);

        RoleAssignmentRule.Check(Set(Catalog, assignment)).ShouldHaveSingleItem().ShouldContain("principalType must be 'ServicePrincipal'");
    }

    [Fact]
    public void Check_NoCatalog_IsReported()
    {
        RoleAssignmentRule.Check(TemplateSet.FromSnippets(("a.bicep", GoodAssignment))).ShouldHaveSingleItem().ShouldContain("'roleIds'");
    }

    private static TemplateSet Set(string catalog, string assignment) =>
        TemplateSet.FromSnippets(("roles.bicep", catalog), ("keyVault.bicep", assignment));

    [Fact]
    public void Check_CommittedAssignmentDescribedAsAnotherRole_IsReported()
    {
        var set = InfraFiles.SetWithEdit("modules/storage.bicep", "description: 'Storage Queue Data Contributor:", "description: 'Storage Table Data Contributor:");

        RoleAssignmentRule.Check(set).ShouldHaveSingleItem().ShouldContain("queueDataContributor");
    }

    [Fact]
    public void Check_CommittedCatalogIdSwapped_IsReported()
    {
        var set = InfraFiles.SetWithEdit("shared/roles.bicep", "reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7'", "reader: 'b24988ac-6180-42a0-ab88-20f7382dd24c'");

        RoleAssignmentRule.Check(set).ShouldContain(v => v.Contains("'reader' holds the id of Contributor", StringComparison.Ordinal));
    }
}
