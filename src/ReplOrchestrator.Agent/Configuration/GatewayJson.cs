using System.Text.Json;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Configuration;

/// <summary>
/// The endpoints an Azure Migrate appliance's <c>gateway.json</c> implies, as the seed explains: the Key Vault named in
/// <c>AzureKeyVaultArmId</c> (<c>…/vaults/migratekv1329610309</c>) and the Service Bus namespace with the same suffix
/// (<c>migratelsa1329610309</c>).
/// </summary>
internal static class GatewayJson
{
    private const string VaultPrefix = "migratekv";

    /// <summary>The Key Vault and Service Bus endpoints of <paramref name="json"/>.</summary>
    /// <exception cref="AgentConfigurationException">The text is not JSON or names no Migrate key vault; the message is one line.</exception>
    public static IReadOnlyList<EndpointOptions> Endpoints(string json)
    {
        string? armId;
        try
        {
            using var document = JsonDocument.Parse(json);
            armId = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("AzureKeyVaultArmId", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException e)
        {
            throw new AgentConfigurationException($"probes.gatewayJsonFile: not JSON ({e.Message})");
        }

        var vault = armId?.Split('/', StringSplitOptions.RemoveEmptyEntries) is [.., var kind, var name]
            && kind.Equals("vaults", StringComparison.OrdinalIgnoreCase) ? name.ToLowerInvariant() : null;
        if (vault is null || !vault.StartsWith(VaultPrefix, StringComparison.Ordinal) || vault.Length == VaultPrefix.Length)
        {
            throw new AgentConfigurationException("probes.gatewayJsonFile: AzureKeyVaultArmId does not name a Migrate key vault (…/vaults/migratekv<suffix>)");
        }

        var suffix = vault[VaultPrefix.Length..];
        return
        [
            new EndpointOptions { Role = EndpointRole.KeyVault, Host = $"{vault}.vault.azure.net" },
            new EndpointOptions { Role = EndpointRole.ServiceBus, Host = $"migratelsa{suffix}.servicebus.windows.net" },
        ];
    }
}
