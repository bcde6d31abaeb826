using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Configuration;

/// <summary>One endpoint the appliance depends on, as <c>repl-heartbeat/v1</c> reports it.</summary>
public sealed class EndpointOptions
{
    /// <summary>What the endpoint is for.</summary>
    public EndpointRole? Role { get; set; }

    /// <summary>Its DNS name, for example <c>migratekv1234.vault.azure.net</c>.</summary>
    public string? Host { get; set; }

    /// <summary>Its TCP port.</summary>
    /// <value>Defaults to 443, the port of every Azure endpoint.</value>
    public int Port { get; set; } = 443;
}
