using ReplOrchestrator.Infra.Tests.Bicep;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Rules;

public sealed class FunctionAppRuleTests
{
    [Fact]
    public void Check_CommittedInfra_IsAFlexIsolatedWorkerAppWithIdentitySettings()
    {
        FunctionAppRule.Check(InfraFiles.Set).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("name: 'dotnet-isolated'", "name: 'custom'", "runtime.name must be 'dotnet-isolated'")]
    [InlineData("version: '10.0'", "version: '8.0'", "runtime.version must be '10.0'")]
    [InlineData("type: 'UserAssignedIdentity'", "type: 'StorageAccountConnectionString'", "authentication.type must be 'UserAssignedIdentity'")]
    [InlineData("name: 'durable'", "name: 'http'", "'durable' group")]
    [InlineData("maximumInstanceCount: maximumInstanceCount", "maximumInstanceCount: 100", "maximumInstanceCount must come from a parameter")]
    [InlineData("name: 'FC1'", "name: 'Y1'", "must be Flex Consumption")]
    [InlineData("name: 'REPL_TASKHUB_NAME'", "name: 'TASKHUB_NAME'", "app setting REPL_TASKHUB_NAME is missing")]
    [InlineData("name: 'AzureWebJobsStorage__credential'", "name: 'AzureWebJobsStorage'", "app setting AzureWebJobsStorage must not be set")]
    [InlineData("value: keyVaultUri", "value: listKeys(storageId, '2025-06-01').keys[0].value", "carries a key")]
    public void Check_FunctionAppModuleEdited_IsReported(string original, string replacement, string expected)
    {
        var module = InfraFiles.Templates.Single(d => d.Resources.Any(r => r.Type == "Microsoft.Web/sites"));
        module.Source.Text.ShouldContain(original);
        var edited = BicepDocument.Parse(module.Path, module.Source.Text.Replace(original, replacement, StringComparison.Ordinal));

        FunctionAppRule.Check(new TemplateSet([edited])).ShouldContain(v => v.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_NoFunctionApp_IsReported()
    {
        FunctionAppRule.Check(TemplateSet.FromSnippets(("main.bicep", "param a string\n")))
            .ShouldHaveSingleItem().ShouldContain("exactly one Microsoft.Web/sites");
    }
}
