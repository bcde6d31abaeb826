using ReplOrchestrator.Infra.Tests.Bicep;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Rules;

public sealed class OutputRuleTests
{
    [Fact]
    public void Check_CommittedInfra_OutputsNoSecret()
    {
        OutputRule.Check(InfraFiles.Set).ShouldBeEmpty();
        InfraFiles.Templates.Sum(d => d.Outputs.Count).ShouldBeGreaterThan(5);
    }

    [Theory]
    [InlineData("output keys object = st.listKeys()")]
    [InlineData("output k string = listKeys(st.id, '2025-06-01').keys[0].value")]
    [InlineData("output ai string = appInsights.properties.ConnectionString")]
    [InlineData("output storageConnectionString string = 'x'")]
    [InlineData("output s string = kv.getSecret('appliance-key')")]
    [InlineData("output ik string = appInsights.properties.InstrumentationKey")]
    public void Check_SecretLikeOutput_IsReported(string output)
    {
        OutputRule.Check(TemplateSet.FromSnippets(("main.bicep", output))).ShouldHaveSingleItem();
    }

    [Fact]
    public void Check_SecureOutputOrSecureParameterPassedThrough_IsReported()
    {
        var set = TemplateSet.FromSnippets(("main.bicep", """
            @secure()
            param adminToken string

            @secure()
            output token string = adminToken
            """));

        OutputRule.Check(set).Count().ShouldBe(2);
    }

    [Fact]
    public void Check_NamesAndHostNames_AreFine()
    {
        var set = TemplateSet.FromSnippets(("main.bicep", """
            output functionAppName string = app.name
            output uri string = vault.properties.vaultUri
            output host string = app.properties.defaultHostName
            """));

        OutputRule.Check(set).ShouldBeEmpty();
    }

    [Fact]
    public void Check_CommittedModuleOutputtingAConnectionString_IsReported()
    {
        var set = InfraFiles.SetWithEdit(
            "modules/monitoring.bicep",
            "output appInsightsName string = appInsights.name",
            "output appInsightsName string = appInsights.properties.ConnectionString");

        OutputRule.Check(set).ShouldHaveSingleItem().ShouldContain("exposes 'ConnectionString'");
    }
}
