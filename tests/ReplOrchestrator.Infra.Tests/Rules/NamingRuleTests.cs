using ReplOrchestrator.Infra.Tests.Bicep;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Rules;

public sealed class NamingRuleTests
{
    private static readonly Dictionary<string, string> s_abbreviations = new()
    {
        ["keyVaultVaults"] = "kv-",
        ["storageStorageAccounts"] = "st",
    };

    private const string Main = """
        var abbrs = loadJsonContent('abbreviations.json')
        var resourceToken = uniqueString(resourceGroup().id)
        var names = {
          keyVault: '${abbrs.keyVaultVaults}${resourceToken}'
          storage: '${abbrs.storageStorageAccounts}${resourceToken}'
        }

        module keyVault 'modules/keyVault.bicep' = {
          name: 'kv'
          params: {
            vaultName: names.keyVault
          }
        }
        """;

    private const string Module = """
        param vaultName string

        resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
          name: vaultName
        }
        """;

    [Fact]
    public void Check_CommittedInfra_NamesEveryResourceFromTheAbbreviations()
    {
        NamingRule.Check(InfraFiles.Set, InfraFiles.Main, InfraFiles.Abbreviations).ShouldBeEmpty();
    }

    [Fact]
    public void Check_WellNamedSnippet_FindsNothing()
    {
        Check(Main, Module).ShouldBeEmpty();
    }

    [Fact]
    public void Check_LiteralNamePassedToModule_IsReported()
    {
        Check(Main.Replace("vaultName: names.keyVault", "vaultName: 'kv-prod'", StringComparison.Ordinal), Module)
            .ShouldHaveSingleItem().ShouldContain("must be names.<x>");
    }

    [Fact]
    public void Check_NameWithAnotherTypesPrefix_IsReported()
    {
        Check(Main.Replace("vaultName: names.keyVault", "vaultName: names.storage", StringComparison.Ordinal), Module)
            .ShouldHaveSingleItem().ShouldContain("use abbrs.keyVaultVaults");
    }

    [Fact]
    public void Check_ModuleHardCodesItsName_IsReported()
    {
        Check(Main, Module.Replace("name: vaultName", "name: 'kv-${uniqueString(resourceGroup().id)}'", StringComparison.Ordinal))
            .ShouldContain(v => v.Contains("must take its name from a parameter", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("'${abbrs.keyVaultVaults}${resourceToken}'", "'kv-${resourceToken}'", "exactly one abbreviations.json prefix")]
    [InlineData("'${abbrs.keyVaultVaults}${resourceToken}'", "'${abbrs.keyVaultVaults}prod'", "must include resourceToken")]
    [InlineData("'${abbrs.keyVaultVaults}${resourceToken}'", "'${abbrs.vaults}${resourceToken}'", "exactly one abbreviations.json prefix")]
    public void Check_NamesEntryNotFromTheMap_IsReported(string entry, string replacement, string expected)
    {
        Check(Main.Replace(entry, replacement, StringComparison.Ordinal), Module).ShouldContain(v => v.Contains(expected, StringComparison.Ordinal));
    }

    private static List<string> Check(string main, string module)
    {
        var set = TemplateSet.FromSnippets(("main.bicep", main), ("modules/keyVault.bicep", module));
        return NamingRule.Check(set, set.Documents[0], s_abbreviations).ToList();
    }

    [Fact]
    public void Check_CommittedMainPassesAnotherTypesName_IsReported()
    {
        var set = InfraFiles.SetWithEdit("main.bicep", "vaultName: names.keyVault", "vaultName: names.storage");
        var main = set.Documents.Single(d => d.Path == InfraFiles.MainPath);

        NamingRule.Check(set, main, InfraFiles.Abbreviations).ShouldHaveSingleItem().ShouldContain("use abbrs.keyVaultVaults");
    }
}
