using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>What cloud-side probes may reach; bound from <c>Repl:CloudProbes</c>.</summary>
/// <remarks>
/// The monitor probes the endpoints an appliance lists from its own network, so the list is an appliance's word
/// about where the server should connect. It connects only to the service domains of <see cref="Cloud"/> (see
/// <see cref="AzureCloudSuffixes"/>) and the hosts of <see cref="AllowedHosts"/>, and never to a loopback,
/// private, link-local or similar address (<see cref="ProbeAddressRules"/>), whatever the name resolves to.
/// </remarks>
public sealed record CloudProbeOptions : IValidatedOptions
{
    /// <summary>The Azure cloud the appliances replicate to.</summary>
    /// <value>Defaults to <see cref="AzureCloud.AzureCloud"/> (global Azure).</value>
    public AzureCloud Cloud { get; init; } = AzureCloud.AzureCloud;

    /// <summary>
    /// Further hosts cloud-side probes may reach, for endpoints outside <see cref="Cloud"/>'s service domains: a
    /// host name or IP address matched exactly (any case), or <c>*.</c> and a domain for every name under it.
    /// </summary>
    /// <value>Defaults to none.</value>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <inheritdoc />
    public IReadOnlyList<string> Validate()
    {
        var rules = new OptionRules().Require(Enum.IsDefined(Cloud), $"Cloud must be one of {string.Join(", ", Enum.GetNames<AzureCloud>())} (was {Cloud}).");
        for (var i = 0; i < AllowedHosts.Count; i++)
        {
            rules.Require(HostPattern.IsValid(AllowedHosts[i]),
                $"AllowedHosts:{i} must be a host name, an IP address or *. and a domain (was '{AllowedHosts[i]}').");
        }

        return rules.Problems;
    }
}
