using ReplOrchestrator.Infra.Tests.Bicep;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Rules;

public sealed class ApiVersionRuleTests
{
    [Fact]
    public void Check_CommittedInfra_PinsOnlyAllowedVersions()
    {
        ApiVersionRule.Check(InfraFiles.Set).ShouldBeEmpty();
    }

    [Fact]
    public void Check_OlderVersion_IsReported()
    {
        var set = TemplateSet.FromSnippets(("main.bicep", """
            resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
              name: 'x'
            }
            """));

        ApiVersionRule.Check(set).ShouldHaveSingleItem().ShouldContain("use Microsoft.KeyVault/vaults@2025-05-01");
    }

    [Fact]
    public void Check_UnknownType_IsReported()
    {
        var set = TemplateSet.FromSnippets(("main.bicep", """
            resource vm 'Microsoft.Compute/virtualMachines@2024-07-01' = {
              name: 'x'
            }
            """));

        ApiVersionRule.Check(set).ShouldHaveSingleItem().ShouldContain("not an allowed resource type");
    }

    [Fact]
    public void Check_NestedChildWithoutVersion_InheritsTheParents()
    {
        var set = TemplateSet.FromSnippets(("main.bicep", """
            resource st 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
              name: 'x'
              resource blobs 'blobServices' existing = {
                name: 'default'
              }
            }
            """));

        ApiVersionRule.Check(set).ShouldBeEmpty();
    }

    [Fact]
    public void Check_CommittedModuleWithOlderVersion_IsReported()
    {
        var set = InfraFiles.SetWithEdit("modules/serviceBus.bicep", "'Microsoft.ServiceBus/namespaces/queues@2026-01-01'", "'Microsoft.ServiceBus/namespaces/queues@2022-10-01-preview'");

        ApiVersionRule.Check(set).ShouldHaveSingleItem().ShouldContain("queues@2022-10-01-preview is not the allowed version");
    }
}
