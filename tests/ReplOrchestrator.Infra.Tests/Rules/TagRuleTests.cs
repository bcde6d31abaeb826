using ReplOrchestrator.Infra.Tests.Bicep;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Rules;

public sealed class TagRuleTests
{
    private const string Resources = """
        param location string
        param tags object

        resource st 'Microsoft.Storage/storageAccounts@2025-06-01' = {
          name: 'x'
          location: location
          tags: tags
        }

        resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2025-06-01' = {
          parent: st
          name: 'default'
        }

        resource old 'Microsoft.Web/sites@2025-03-01' existing = {
          name: 'y'
        }
        """;

    [Fact]
    public void Check_CommittedInfra_TagsEveryTaggableResource()
    {
        TagRule.Check(InfraFiles.Set).ShouldBeEmpty();
    }

    [Fact]
    public void Check_TaggedChildlessAndExisting_AreFine()
    {
        TagRule.Check(TemplateSet.FromSnippets(("main.bicep", Resources))).ShouldBeEmpty();
    }

    [Fact]
    public void Check_TaggableWithoutTags_IsReported()
    {
        var set = TemplateSet.FromSnippets(("main.bicep", Resources.Replace("  tags: tags\n", "", StringComparison.Ordinal)));

        TagRule.Check(set).ShouldHaveSingleItem().ShouldContain("st (Microsoft.Storage/storageAccounts) sets no tags");
    }

    [Fact]
    public void Check_CommittedVaultWithoutTags_IsReported()
    {
        var set = InfraFiles.SetWithEdit("modules/keyVault.bicep", "  tags: tags\n", "");

        TagRule.Check(set).ShouldHaveSingleItem().ShouldContain("vault (Microsoft.KeyVault/vaults) sets no tags");
    }
}
