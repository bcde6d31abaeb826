using ReplOrchestrator.Agent.Collection;
using ReplOrchestrator.Agent.Configuration;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Agent.Probes;

/// <summary>
/// Runs a <c>RunProbes</c> command's probes against the targets this agent's configuration names, one result per
/// target (or one failed result saying none is configured), each tagged with the command id.
/// </summary>
/// <remarks>
/// The contract's command carries probe names and a VM id only (DESIGN.md, "Contracts"), and this runner never
/// takes a host from the server: the ESXi host of the VM is used only if it is one of <see cref="ProbeOptions.EsxiHosts"/>.
/// </remarks>
internal sealed class ProbeRunner(ProbeOptions options, IServiceStates services, HttpClient http, Uri? storageSas, TimeProvider time)
{
    /// <summary>Runs <paramref name="probes"/> in order.</summary>
    /// <param name="commandId">The command the results answer.</param>
    /// <param name="probes">The probes asked for.</param>
    /// <param name="vmHost">The host of the VM the command is about, as this agent last reported it; null when unknown.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async Task<IReadOnlyList<ProbeResult>> RunAsync(string commandId, IReadOnlyList<ProbeKind> probes, string? vmHost, CancellationToken cancellationToken)
    {
        var results = new List<ProbeResult>();
        foreach (var probe in probes.Distinct())
        {
            var targets = Targets(probe, vmHost);
            if (targets.Count == 0)
            {
                results.Add(new ProbeResult(commandId, probe, null, false, 0, NotConfigured(probe)));
                continue;
            }

            foreach (var (target, check) in targets)
            {
                var outcome = await check(cancellationToken).ConfigureAwait(false);
                results.Add(new ProbeResult(commandId, probe, target, outcome.Ok, outcome.LatencyMs, outcome.Detail));
            }
        }

        return results;
    }

    private List<(string Target, Func<CancellationToken, Task<ProbeCheck>> Check)> Targets(ProbeKind probe, string? vmHost)
    {
        var timeout = options.Timeout;
        return probe switch
        {
            ProbeKind.GatewayService => [(ServiceStatus.Gateway, _ => Task.FromResult(Gateway()))],
            ProbeKind.StorageWrite when storageSas is not null =>
                [($"{storageSas.Host}:{storageSas.Port}", ct => HttpChecks.WriteBlobAsync(http, storageSas, timeout, time, ct))],
            ProbeKind.StorageWrite => Https(EndpointRole.Storage),
            ProbeKind.ServiceBus => Https(EndpointRole.ServiceBus),
            ProbeKind.KeyVaultTcp => [.. Endpoints(EndpointRole.KeyVault).Select(e => Target(e.Host!, e.Port, ct => NetworkChecks.TcpAsync(e.Host!, e.Port, timeout, time, ct)))],
            ProbeKind.EsxiDns => [.. Esxi(vmHost).Select(h => (h, (Func<CancellationToken, Task<ProbeCheck>>)(ct => NetworkChecks.DnsAsync(h, timeout, time, ct))))],
            ProbeKind.EsxiTcp902 => [.. Esxi(vmHost).Select(h => Target(h, 902, ct => NetworkChecks.TcpAsync(h, 902, timeout, time, ct)))],
            _ => [],
        };
    }

    private List<(string, Func<CancellationToken, Task<ProbeCheck>>)> Https(EndpointRole role) =>
        [.. Endpoints(role).Select(e => Target(e.Host!, e.Port, ct => HttpChecks.ReachAsync(http, new UriBuilder(Uri.UriSchemeHttps, e.Host, e.Port).Uri, options.Timeout, time, ct)))];

    private IEnumerable<EndpointOptions> Endpoints(EndpointRole role) => options.Endpoints.Where(e => e.Role == role);

    // The VM's own host when this agent was told to watch it; otherwise every configured host, as the seed checks each.
    private List<string> Esxi(string? vmHost) =>
        vmHost is not null && options.EsxiHosts.Contains(vmHost, StringComparer.OrdinalIgnoreCase) ? [vmHost] : options.EsxiHosts;

    private ProbeCheck Gateway()
    {
        var state = services.Query(ServiceStatus.Gateway);
        return new ProbeCheck(state == ServiceState.Running, 0, $"{ServiceStatus.Gateway} (Microsoft Azure Gateway Service) is {state}");
    }

    private static (string, Func<CancellationToken, Task<ProbeCheck>>) Target(string host, int port, Func<CancellationToken, Task<ProbeCheck>> check) =>
        (host.Contains(':', StringComparison.Ordinal) ? $"[{host}]:{port}" : $"{host}:{port}", check);

    private static string NotConfigured(ProbeKind probe) => probe switch
    {
        ProbeKind.EsxiDns or ProbeKind.EsxiTcp902 => "no ESXi host in this agent's configuration (probes.esxiHosts)",
        ProbeKind.StorageWrite => "no Storage endpoint in this agent's configuration (probes.endpoints)",
        ProbeKind.ServiceBus => "no ServiceBus endpoint in this agent's configuration (probes.endpoints)",
        ProbeKind.KeyVaultTcp => "no KeyVault endpoint in this agent's configuration (probes.endpoints)",
        _ => $"{probe} is not an appliance-side probe",
    };
}
