using ReplOrchestrator.Infra.Tests.Bicep;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Rules;

public sealed class LocationRuleTests
{
    [Fact]
    public void Check_CommittedInfra_TakesEveryLocationFromAParameter()
    {
        LocationRule.Check(InfraFiles.Set).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("location", 0)]
    [InlineData("'westeurope'", 1)]
    [InlineData("resourceGroup().location", 1)]
    public void Check_Location_MustBeAParameter(string location, int violations)
    {
        var set = TemplateSet.FromSnippets(("main.bicep", $$"""
            param location string

            resource id 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
              name: 'x'
              location: {{location}}
            }
            """));

        LocationRule.Check(set).Count().ShouldBe(violations);
    }
}
