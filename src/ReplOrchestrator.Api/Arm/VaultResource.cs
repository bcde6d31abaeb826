using Azure.Core;
using Azure.Core.Pipeline;
using Azure.ResourceManager;

namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// A Recovery Services vault as an <see cref="ArmResource"/>, the way a resource-provider package would model it: that
/// base class is what gives code outside the SDK the client's pipeline and endpoint.
/// </summary>
internal sealed class VaultResource(ArmClient client, ResourceIdentifier id) : ArmResource(client, id)
{
    /// <summary>The client's pipeline: its credential, retries and telemetry.</summary>
    public HttpPipeline HttpPipeline => Pipeline;

    /// <summary>The Resource Manager endpoint of the client's cloud.</summary>
    public Uri BaseUri => Endpoint;
}
