using ReplOrchestrator.Infra.Tests.Bicep;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Rules;

public sealed class ParameterRuleTests
{
    [Fact]
    public void Check_CommittedInfra_DescribesAndTypesEveryParameter()
    {
        ParameterRule.Check(InfraFiles.Set).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("param a string", "has no @description")]
    [InlineData("@description('Optional. A.')\nparam a string", "must start with 'Required. '")]
    [InlineData("@description('Required. A.')\nparam a string = 'x'", "must start with 'Optional. '")]
    [InlineData("@description('Required.')\nparam a string", "say what it is for")]
    [InlineData("@description('Optional. Tags.')\nparam tags object = {}", "is typed 'object'")]
    [InlineData("@description('Required. Ids.')\nparam ids array", "is typed 'array'")]
    public void Check_BadParameter_IsReported(string text, string expected)
    {
        ParameterRule.Check(TemplateSet.FromSnippets(("main.bicep", text))).ShouldHaveSingleItem().ShouldContain(expected);
    }

    [Fact]
    public void Check_DescribedTypedParameters_AreFine()
    {
        var set = TemplateSet.FromSnippets(("main.bicep", """
            @description('Required. Name.')
            param name string

            @sys.description('Optional. Ids.')
            param ids string[] = []
            """));

        ParameterRule.Check(set).ShouldBeEmpty();
    }

    [Fact]
    public void Check_CommittedParameterLosingItsDescription_IsReported()
    {
        var set = InfraFiles.SetWithEdit("modules/identity.bicep", "@description('Required. Azure region of the identity.')\n", "");

        ParameterRule.Check(set).ShouldHaveSingleItem().ShouldContain("parameter location has no @description");
    }
}
