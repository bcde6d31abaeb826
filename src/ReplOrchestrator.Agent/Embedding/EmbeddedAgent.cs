using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Agent.Configuration;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Embedding;

/// <summary>
/// A real agent (heartbeat sender, spool, sequence store, probes, command runner, recorded or live host) run inside
/// another process from its configuration file, as the demo runs several beside its server. It stops and starts as a
/// service does: each start composes a fresh host over the same state directory, so sequence numbers keep increasing
/// and whatever the spool owed is still sent.
/// </summary>
public sealed class EmbeddedAgent : IAsyncDisposable
{
    private readonly AgentOptions _options;
    private readonly Action<ILoggingBuilder>? _logging;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IHost? _host;

    private EmbeddedAgent(AgentOptions options, Action<ILoggingBuilder>? logging)
    {
        _options = options;
        _logging = logging;
    }

    /// <summary>The appliance id the agent reports as.</summary>
    public string ApplianceId => _options.ApplianceId!;

    /// <summary>What replicates behind the agent's host.</summary>
    public ApplianceKind Kind => _options.Kind!.Value;

    /// <summary>What the agent did since it was loaded, across its stops and starts.</summary>
    public AgentActivity Activity { get; } = new();

    /// <summary>Whether the agent is running (sending heartbeats).</summary>
    public bool IsRunning => _host is not null;

    /// <summary>Reads and checks <paramref name="configurationPath"/> as the agent's own executable does; nothing runs yet.</summary>
    /// <param name="configurationPath">The agent's configuration file (see the README's Agent section).</param>
    /// <param name="logging">Where the agent logs; without it the agent logs nothing.</param>
    /// <exception cref="AgentConfigurationException">The file is missing or breaks a rule; the message is one line without secrets.</exception>
    public static EmbeddedAgent Load(string configurationPath, Action<ILoggingBuilder>? logging = null) =>
        new(AgentConfiguration.Load(configurationPath, OperatingSystem.IsWindows()), logging);

    /// <summary>Starts sending heartbeats; does nothing when already running.</summary>
    /// <exception cref="AgentConfigurationException">The key file cannot be read or is readable by others.</exception>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_host is not null)
            {
                return;
            }

            var host = AgentHost.BuildEmbedded(_options, Activity, _logging);
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            _host = host;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops sending heartbeats, as a stopped service does; does nothing when not running.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_host is not { } host)
            {
                return;
            }

            _host = null;
            await host.StopAsync(cancellationToken).ConfigureAwait(false);
            host.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _gate.Dispose();
    }
}
