using ReplOrchestrator.Infra.Tests.Bicep;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Rules;

public sealed class ModuleContractRuleTests
{
    private const string Main = """
        import { tagsType } from 'shared/types.bicep'

        param tags tagsType

        module id 'modules/identity.bicep' = {
          name: 'identity'
          params: {
            identityName: 'x'
            tags: tags
          }
        }

        output principalId string = id.outputs.principalId
        """;

    private const string Identity = """
        param identityName string
        param tags object
        param location string = 'here'

        output principalId string = 'p'
        """;

    private const string Types = """
        @export()
        type tagsType = {
          *: string
        }
        """;

    [Fact]
    public void Check_CommittedInfra_KeepsEveryModuleAndImportContract()
    {
        ModuleContractRule.Check(InfraFiles.Set).ShouldBeEmpty();
    }

    [Fact]
    public void Check_MatchingContract_FindsNothing()
    {
        Check(Main, Identity, Types).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("    identityName: 'x'\n", "", "does not pass the required 'identityName'")]
    [InlineData("    tags: tags\n", "    tags: tags\n    colour: 'blue'\n", "passes 'colour'")]
    [InlineData("id.outputs.principalId", "id.outputs.clientId", "id.outputs.clientId is not an output of identity.bicep")]
    [InlineData("'modules/identity.bicep'", "'modules/identities.bicep'", "not a local .bicep file")]
    [InlineData("'modules/identity.bicep'", "'br/public:avm/res/managed-identity/user-assigned-identity:0.6.0'", "not a local .bicep file")]
    [InlineData("import { tagsType }", "import { tagType }", "'tagType' is not exported")]
    public void Check_BrokenMainContract_IsReported(string original, string replacement, string expected)
    {
        Check(Main.Replace(original, replacement, StringComparison.Ordinal), Identity, Types)
            .ShouldContain(v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ImportOfUnexportedType_IsReported()
    {
        Check(Main, Identity, Types.Replace("@export()\n", "", StringComparison.Ordinal))
            .ShouldHaveSingleItem().ShouldContain("'tagsType' is not exported");
    }

    private static List<string> Check(string main, string identity, string types) =>
        ModuleContractRule.Check(TemplateSet.FromSnippets(
            ("main.bicep", main),
            ("modules/identity.bicep", identity),
            ("shared/types.bicep", types))).ToList();

    [Fact]
    public void Check_CommittedMainMissingAModuleParameter_IsReported()
    {
        var set = InfraFiles.SetWithEdit("main.bicep", "    keyVaultUri: keyVault.outputs.uri\n", "");

        ModuleContractRule.Check(set).ShouldHaveSingleItem().ShouldContain("does not pass the required 'keyVaultUri'");
    }
}
