using Azure.Core;
using Azure.Core.Pipeline;
using Azure.ResourceManager;

namespace ReplOrchestrator.Api.Arm;

/// <summary>Builds the ArmClient the ARM source reads with.</summary>
public static class ArmClients
{
    /// <summary>
    /// A client for <paramref name="options"/>' cloud (<see cref="ArmOptions.Endpoint"/> and <see cref="ArmOptions.Audience"/>
    /// through <see cref="ArmEnvironment"/>, public cloud otherwise) with <paramref name="credential"/>.
    /// </summary>
    /// <param name="options">Validated options.</param>
    /// <param name="credential">The app's managed identity in Azure, the developer's credentials locally.</param>
    /// <param name="transport">The transport; tests pass one that trusts their stand-in's certificate.</param>
    public static ArmClient Create(ArmOptions options, TokenCredential credential, HttpPipelineTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new ArmClientOptions
        {
            Environment = options.Endpoint is { } endpoint ? new ArmEnvironment(endpoint, options.Audience!) : ArmEnvironment.AzurePublicCloud,
        };
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        return new ArmClient(credential, defaultSubscriptionId: null, clientOptions);
    }
}
