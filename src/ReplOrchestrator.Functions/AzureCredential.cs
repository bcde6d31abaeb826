using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace ReplOrchestrator.Functions;

/// <summary>The one credential the app reaches Service Bus and Key Vault with.</summary>
internal static class AzureCredential
{
    /// <summary>The setting that names the user-assigned identity's client id (set by the Bicep template).</summary>
    public const string ClientIdSetting = "AZURE_CLIENT_ID";

    /// <summary>
    /// The app's user-assigned managed identity when <see cref="ClientIdSetting"/> is set (in Azure); otherwise
    /// the developer's credentials (Azure CLI, Visual Studio, environment), for a run against real resources from a workstation.
    /// </summary>
    public static TokenCredential From(IConfiguration configuration) =>
        configuration[ClientIdSetting] is { Length: > 0 } clientId
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new DefaultAzureCredential();
}
