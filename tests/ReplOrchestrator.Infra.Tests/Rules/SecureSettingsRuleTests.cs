using ReplOrchestrator.Infra.Tests.Bicep;
using ReplOrchestrator.Infra.Tests.Support;

namespace ReplOrchestrator.Infra.Tests.Rules;

public sealed class SecureSettingsRuleTests
{
    [Fact]
    public void Check_CommittedInfra_UsesIdentityEverywhere()
    {
        SecureSettingsRule.Check(InfraFiles.Set).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Microsoft.Storage/storageAccounts", "properties.allowSharedKeyAccess")]
    [InlineData("Microsoft.ServiceBus/namespaces", "properties.disableLocalAuth")]
    [InlineData("Microsoft.Insights/components", "properties.DisableLocalAuth")]
    [InlineData("Microsoft.KeyVault/vaults", "properties.enableRbacAuthorization")]
    [InlineData("Microsoft.KeyVault/vaults", "properties.enablePurgeProtection")]
    [InlineData("Microsoft.Web/sites", "identity.type")]
    public void Check_CommittedResourceWithSettingFlipped_IsReported(string type, string path)
    {
        var (document, resource) = InfraFiles.Templates
            .SelectMany(d => d.Resources.Where(r => r.Type == type && !r.IsExisting).Select(r => (d, r)))
            .Single();
        var value = resource.Body.At(path)!;
        var flipped = value.Raw switch
        {
            "true" => "false",
            "false" => "true",
            _ => "'SystemAssigned, UserAssigned'",
        };
        var text = document.Source.Text.Remove(value.Offset, value.Raw.Length).Insert(value.Offset, flipped);
        var others = InfraFiles.Templates.Where(d => d != document);

        var violations = SecureSettingsRule.Check(new TemplateSet(others.Append(BicepDocument.Parse(document.Path, text)))).ToList();

        violations.ShouldHaveSingleItem().ShouldContain($"must set {path}");
    }

    [Fact]
    public void Check_ResourceTypeMissing_IsReported()
    {
        var withoutVault = InfraFiles.Templates.Where(d => !d.Resources.Any(r => r.Type == "Microsoft.KeyVault/vaults"));

        SecureSettingsRule.Check(new TemplateSet(withoutVault))
            .ShouldContain(v => v.StartsWith("no Microsoft.KeyVault/vaults is declared", StringComparison.Ordinal));
    }
}
