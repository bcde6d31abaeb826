using ReplOrchestrator.Agent.Configuration;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Tests.Configuration;

/// <summary>gateway.json names the Migrate key vault; the Service Bus namespace shares its suffix (seed: DisposeArtefactsTimeout, step 4).</summary>
public sealed class GatewayJsonTests
{
    [Fact]
    public void Endpoints_FromTheSeedsExample_AreTheVaultAndTheNamespace()
    {
        const string Json = """{"AzureKeyVaultArmId": "/subscriptions/0000/resourceGroups/rg-migrate/providers/Microsoft.KeyVault/vaults/migratekv1329610309", "Other": 1}""";

        var endpoints = GatewayJson.Endpoints(Json);

        endpoints.Select(e => (e.Role, e.Host, e.Port)).ShouldBe(
        [
            (EndpointRole.KeyVault, "migratekv1329610309.vault.azure.net", 443),
            (EndpointRole.ServiceBus, "migratelsa1329610309.servicebus.windows.net", 443),
        ]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"AzureKeyVaultArmId": "/subscriptions/0000/providers/Microsoft.KeyVault/vaults/contoso-kv"}""")]
    [InlineData("not json")]
    public void Endpoints_WithoutAMigrateVault_IsOneLineError(string json)
    {
        var error = Should.Throw<AgentConfigurationException>(() => GatewayJson.Endpoints(json));

        error.Message.ShouldStartWith("probes.gatewayJsonFile: ");
        error.Message.ShouldNotContain('\n');
    }
}
