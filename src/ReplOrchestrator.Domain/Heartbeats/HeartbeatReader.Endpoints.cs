using System.Text.Json;
using ReplOrchestrator.Domain.Contracts;
using static ReplOrchestrator.Domain.Contracts.JsonPaths;

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>The endpoints part of a heartbeat: what cloud-side probes aim at, so bounded per role.</summary>
internal sealed partial class HeartbeatReader
{
    private static readonly int s_roleCount = Enum.GetValues<EndpointRole>().Length;

    private List<ApplianceEndpoint> ReadEndpoints(JsonElement root)
    {
        // A list longer than every role's cap together is refused unread, like any other list over its limit.
        var read = new List<(ApplianceEndpoint Endpoint, string Path)>();
        var endpoints = _json.List(root, "endpoints", Field(Root, "endpoints"), required: false, limits.MaxEndpointsPerRole * s_roleCount,
            (element, path) => ReadEndpoint(element, path) is { } endpoint ? Keep(read, endpoint, path) : null);

        var perRole = new Dictionary<EndpointRole, int>();
        foreach (var (endpoint, path) in read)
        {
            var count = perRole[endpoint.Role] = perRole.GetValueOrDefault(endpoint.Role) + 1;
            if (count > limits.MaxEndpointsPerRole)
            {
                _json.Report(path, ContractProblemKind.LimitExceeded,
                    $"is {endpoint.Role} endpoint number {count}; at most {limits.MaxEndpointsPerRole} endpoints per role are accepted");
            }
        }

        return endpoints;
    }

    private static ApplianceEndpoint Keep(List<(ApplianceEndpoint, string)> read, ApplianceEndpoint endpoint, string path)
    {
        read.Add((endpoint, path));
        return endpoint;
    }

    private ApplianceEndpoint? ReadEndpoint(JsonElement element, string path)
    {
        var role = _json.Enum<EndpointRole>(element, "role", Field(path, "role"));
        var host = _json.Text(element, "host", Field(path, "host"), MaxNameLength);
        var port = _json.Integer(element, "port", Field(path, "port"), required: true, 1, 65535);
        if (host is not null && Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            _json.Report(Field(path, "host"), ContractProblemKind.InvalidValue, $"'{host}' is not a DNS name or IP address");
            return null;
        }

        return role is null || host is null || port is null ? null : new ApplianceEndpoint(role.Value, host, (int)port.Value);
    }
}
