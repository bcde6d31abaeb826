using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>An appliance that builds the heartbeats a real one would send, as the test changes what it reports.</summary>
internal sealed class TestAppliance(string applianceId, ApplianceKind kind)
{
    private readonly List<TestVm> _vms = [];
    private readonly List<ReplicationEvent> _events = [];
    private readonly List<ProbeResult> _probeResults = [];
    private readonly List<CommandResult> _commandResults = [];
    private Heartbeat? _last;

    public string Id { get; } = applianceId;

    public long Sequence { get; private set; }

    /// <summary>The epoch its heartbeats carry; none until <see cref="Reinstall"/> gives it one.</summary>
    public string? Epoch { get; private set; }

    public List<ServiceStatus> Services { get; } =
        [new(kind == ApplianceKind.HyperVReplica ? ServiceStatus.HyperVManagement : ServiceStatus.Gateway, ServiceState.Running)];

    public IReadOnlyList<ApplianceEndpoint> Endpoints { get; } =
    [
        new(EndpointRole.Storage, "migratelsa1329610309.blob.core.windows.net", 443),
        new(EndpointRole.ServiceBus, "migratelsa1329610309.servicebus.windows.net", 443),
        new(EndpointRole.KeyVault, "migratekv1329610309.vault.azure.net", 443),
    ];

    public static TestAppliance AzureMigrate(string id = "appl-contoso-01") => new(id, ApplianceKind.AzureMigrateVMware);

    public static TestAppliance HyperV(string id = "hv-primary-01") => new(id, ApplianceKind.HyperVReplica);

    public TestVm AddVm(string vmId, string host = "esx01.contoso.local", ReplicationState state = ReplicationState.Replicating, int? frequencySeconds = null)
    {
        var vm = new TestVm(vmId, host, state, kind == ApplianceKind.HyperVReplica ? frequencySeconds ?? 300 : frequencySeconds);
        _vms.Add(vm);
        return vm;
    }

    public void Event(int eventId, string vmId, DateTimeOffset at, string message, ReplicationEventLevel level = ReplicationEventLevel.Error) =>
        _events.Add(new ReplicationEvent(eventId, "Microsoft-Windows-Hyper-V-VMMS", level, vmId, at, message));

    /// <summary>Answers a RunProbes command: every probe it names succeeds except those given as failures.</summary>
    public void AnswerProbes(ApplianceCommand command, params (ProbeKind Probe, string Detail)[] failures)
    {
        foreach (var probe in command.Probes)
        {
            var failure = failures.FirstOrDefault(f => f.Probe == probe);
            _probeResults.Add(new ProbeResult(command.CommandId, probe, "target:443", failure.Detail is null, failure.Detail is null ? 20 : 0, failure.Detail ?? "ok"));
        }
    }

    public void AnswerCommand(ApplianceCommand command, bool ok, string detail) => _commandResults.Add(new CommandResult(command.CommandId, ok, detail));

    /// <summary>The next heartbeat (a new sequence number) with everything reported since the last one.</summary>
    public Heartbeat Heartbeat(DateTimeOffset at)
    {
        Sequence++;
        _last = new Heartbeat(ReplOrchestrator.Domain.Heartbeats.Heartbeat.SchemaV1, Id, kind, Sequence, at, [.. Services], Endpoints,
            [.. _vms.Select(v => v.Report())], [.. _events], [.. _probeResults], [.. _commandResults]) { Epoch = Epoch };
        _events.Clear();
        _probeResults.Clear();
        _commandResults.Clear();
        return _last;
    }

    /// <summary>The agent installed afresh: it has forgotten its count, and names its new run <paramref name="epoch"/> (or nothing, as an older agent).</summary>
    public void Reinstall(string? epoch)
    {
        Sequence = 0;
        Epoch = epoch;
    }

    /// <summary>The last heartbeat again, as a retrying agent would send it.</summary>
    public Heartbeat Repeat() => _last ?? throw new InvalidOperationException("Nothing was sent yet.");
}
