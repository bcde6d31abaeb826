using System.Globalization;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Configuration;

/// <summary>Checks a whole <see cref="AgentOptions"/> and fills the platform defaults; every problem is one line naming its key.</summary>
internal static class AgentOptionsValidator
{
    private static readonly TimeSpan s_minInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The problems of <paramref name="options"/>, in file order; empty when it can run.</summary>
    /// <param name="options">The bound options; platform defaults are filled in when valid.</param>
    /// <param name="onWindows">Whether the agent runs on Windows (the credential store and the live host need it).</param>
    public static IReadOnlyList<string> Validate(AgentOptions options, bool onWindows)
    {
        var problems = new List<string>();
        ValidateServer(options, problems);
        ValidateKey(options, onWindows, problems);
        if (options.Kind is null)
        {
            problems.Add("kind: is required: AzureMigrateVMware or HyperVReplica");
        }

        if (options.Interval < s_minInterval || options.Interval > AgentDefaults.MaxInterval)
        {
            problems.Add(Invariant($"interval: {options.Interval:c} is outside 00:00:00.1 to {AgentDefaults.MaxInterval:c}"));
        }

        if (string.IsNullOrWhiteSpace(options.StateDirectory))
        {
            problems.Add("stateDirectory: is required: where the sequence and the spool are kept");
        }

        if (options.MaxSpooledEvents is < 10 or > 1_000_000)
        {
            problems.Add(Invariant($"maxSpooledEvents: {options.MaxSpooledEvents} is outside 10 to 1000000"));
        }

        ValidateProbes(options.Probes, problems);
        ValidateHost(options, onWindows, problems);
        return problems;
    }

    private static void ValidateServer(AgentOptions options, List<string> problems)
    {
        if (options.ServerUrl is not { IsAbsoluteUri: true } url || url.Scheme is not ("https" or "http"))
        {
            problems.Add("serverUrl: is required: an absolute https URL of the ReplOrchestrator server");
        }
        else if (url.Scheme == "http" && !url.IsLoopback)
        {
            // The key travels in a header; over plain HTTP anyone on the path could read it.
            problems.Add($"serverUrl: '{url.Host}' is not loopback, so it must use https (the appliance key travels in every request)");
        }

        if (ContractId.Explain(options.ApplianceId) is { } problem)
        {
            problems.Add($"applianceId: {problem}");
        }
    }

    private static void ValidateKey(AgentOptions options, bool onWindows, List<string> problems)
    {
        var file = !string.IsNullOrWhiteSpace(options.KeyFile);
        var credential = !string.IsNullOrWhiteSpace(options.KeyCredential);
        if (file == credential)
        {
            problems.Add("keyFile, keyCredential: set exactly one: a file readable only by its owner, or (Windows) a credential store target");
        }
        else if (credential && !onWindows)
        {
            problems.Add("keyCredential: the Windows credential store exists only on Windows; use keyFile");
        }
    }

    private static void ValidateProbes(ProbeOptions probes, List<string> problems)
    {
        if (probes.Timeout < TimeSpan.FromMilliseconds(50) || probes.Timeout > TimeSpan.FromMinutes(2))
        {
            problems.Add(Invariant($"probes.timeout: {probes.Timeout:c} is outside 00:00:00.05 to 00:02:00"));
        }

        for (var i = 0; i < probes.Endpoints.Count; i++)
        {
            var endpoint = probes.Endpoints[i];
            var path = Invariant($"probes.endpoints[{i}]");
            if (endpoint.Role is null)
            {
                problems.Add($"{path}.role: is required: Storage, ServiceBus, KeyVault or VCenter");
            }

            if (!IsHostName(endpoint.Host))
            {
                problems.Add($"{path}.host: '{endpoint.Host}' is not a DNS name or IP address");
            }

            if (endpoint.Port is < 1 or > 65535)
            {
                problems.Add(Invariant($"{path}.port: {endpoint.Port} is outside 1 to 65535"));
            }
        }

        foreach (var crowded in probes.Endpoints.Where(e => e.Role is not null).GroupBy(e => e.Role).Where(g => g.Count() > HeartbeatDefaults.MaxEndpointsPerRole))
        {
            problems.Add(Invariant($"probes.endpoints: {crowded.Count()} {crowded.Key} endpoints; the heartbeat carries at most {HeartbeatDefaults.MaxEndpointsPerRole} per role"));
        }

        for (var i = 0; i < probes.EsxiHosts.Count; i++)
        {
            if (!IsHostName(probes.EsxiHosts[i]))
            {
                problems.Add(Invariant($"probes.esxiHosts[{i}]: '{probes.EsxiHosts[i]}' is not a DNS name or IP address"));
            }
        }
    }

    private static void ValidateHost(AgentOptions options, bool onWindows, List<string> problems)
    {
        var host = options.Host;
        host.Source ??= onWindows ? HostSource.Windows : HostSource.Recorded;
        if (host.Source == HostSource.Windows && !onWindows)
        {
            problems.Add("host.source: Windows reads the live Windows host; on this system use Recorded with host.recordedDirectory");
        }

        if (host.Source == HostSource.Recorded && string.IsNullOrWhiteSpace(host.RecordedDirectory))
        {
            problems.Add("host.recordedDirectory: is required when host.source is Recorded");
        }

        if (host.Services.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add("host.services: a service name is empty");
        }

        if (host.Services.Count == 0 && options.Kind is { } kind)
        {
            host.Services.Add(kind == ApplianceKind.HyperVReplica ? ServiceStatus.HyperVManagement : ServiceStatus.Gateway);
        }

        if (host.FirstEventLookback < TimeSpan.Zero || host.FirstEventLookback > HeartbeatDefaults.MaxTimestampAge)
        {
            problems.Add(Invariant($"host.firstEventLookback: {host.FirstEventLookback:c} is outside 0 to {HeartbeatDefaults.MaxTimestampAge.TotalDays:0} days"));
        }
    }

    private static bool IsHostName(string? host) =>
        !string.IsNullOrWhiteSpace(host) && Uri.CheckHostName(host) is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
