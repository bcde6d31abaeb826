using System.Globalization;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>
/// Decides, before any lookup, whether the monitor may probe a target an appliance listed: only what a replication
/// appliance legitimately uses. The addresses a permitted name resolves to are judged by <see cref="ProbeAddressRules"/>.
/// </summary>
/// <remarks>
/// A target is permitted when its host is under one of the configured cloud's service suffixes for the probe's role
/// (<see cref="AzureCloudSuffixes"/>; an IP address never is) or matches <see cref="CloudProbeOptions.AllowedHosts"/>,
/// and, for a probe that connects, its port is 443, or for Service Bus also AMQP's 5671 or 5672. Name-resolution
/// probes do not connect, so their port does not matter.
/// </remarks>
public static class CloudTargetRules
{
    private const string AllowListSetting = "Repl:CloudProbes:AllowedHosts";

    /// <summary>The ports a replication appliance connects to for <paramref name="role"/>: HTTPS, and AMQP for Service Bus.</summary>
    public static IReadOnlyList<int> Ports(EndpointRole role) => role == EndpointRole.ServiceBus ? [443, 5671, 5672] : [443];

    /// <summary>Why the monitor must not probe <paramref name="target"/>, or null when it may.</summary>
    /// <param name="target">The probe and the endpoint the appliance listed.</param>
    /// <param name="options">Valid options (see <see cref="CloudProbeOptions.Validate"/>).</param>
    public static string? Refusal(CloudProbeTarget target, CloudProbeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (target.Probe.TargetRole() is not { } role)
        {
            return $"{target.Probe} is not a cloud-side probe";
        }

        var ports = Ports(role);
        if (!target.Probe.IsDnsOnly() && !ports.Contains(target.Port))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"port {target.Port} is not one a replication appliance uses for {role} ({string.Join(", ", ports)})");
        }

        var host = HostPattern.Normalize(target.Host);
        if (options.AllowedHosts.Any(pattern => HostPattern.Matches(host, pattern)))
        {
            return null;
        }

        var suffixes = AzureCloudSuffixes.For(options.Cloud, role);
        var domains = string.Join(" or ", suffixes.Select(s => "*." + s));
        if (HostPattern.IsIpAddress(host))
        {
            return $"{host} is an IP address, not a {role} endpoint name of {options.Cloud} ({domains}), and is not in {AllowListSetting}";
        }

        return suffixes.Any(suffix => HostPattern.IsUnder(host, suffix))
            ? null
            : $"{host} is not a {role} endpoint of {options.Cloud} ({domains}) and is not in {AllowListSetting}";
    }
}
