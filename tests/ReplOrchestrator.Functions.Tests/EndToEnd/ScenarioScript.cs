using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Functions.Tests.EndToEnd;

/// <summary>
/// One appliance's afternoon, played the same way on any <see cref="IScenarioHost"/>: vm-sql01's upload
/// stalls at 3.1 GiB while vm-db04 fails with 1022; the appliance answers the probe commands it is given
/// (storage unwritable, TCP 902 blocked); then both recover. A heartbeat every <see cref="ScenarioSettings.Beat"/>.
/// </summary>
internal sealed class ScenarioScript(IScenarioHost host)
{
    public const string ApplianceId = "appl-func";
    private const long GiB = 1024L * 1024 * 1024;
    private const int MaxBeatsPerAct = 80;

    private readonly List<ProbeResult> _answers = [];
    private long _sequence;
    private CycleReport? _sql;
    private CycleReport? _db;

    public static string StallKey => $"{ApplianceId}/vm-sql01/{CatalogCodes.DiskUploadTimedOut}";

    public static string RefusedKey => $"{ApplianceId}/vm-db04/{CatalogCodes.HostConnectionRefused}";

    public async Task RunAsync()
    {
        _sql = Upload("c-sql-1", 3.1);
        _db = Upload("c-db-1", 1.0);
        await BeatAsync();
        await BeatAsync();
        _db = _db with { Phase = CyclePhase.Failed, Error = new CycleError("1022", "The Azure Migrate appliance is unable to connect to the vSphere host 'esx07.contoso.local'") };

        await BeatUntilAsync(topic => Diagnosed(topic, StallKey) && Diagnosed(topic, RefusedKey), "both alerts diagnosed");

        _sql = _sql with { Phase = CyclePhase.Completed, Disks = [.. _sql.Disks.Select(d => d with { UploadedBytes = d.TotalBytes })] };
        _db = Upload("c-db-2", 50) with { Phase = CyclePhase.Completed };
        await BeatUntilAsync(topic => Last(topic, StallKey)?.Status == AlertStatus.Resolved && Last(topic, RefusedKey)?.Status == AlertStatus.Resolved, "both alerts resolved");
    }

    private async Task BeatUntilAsync(Func<IReadOnlyList<Alert>, bool> done, string what)
    {
        for (var beat = 0; beat < MaxBeatsPerAct; beat++)
        {
            if (done(host.Topic))
            {
                return;
            }

            await BeatAsync();
        }

        throw new TimeoutException($"Not {what} after {MaxBeatsPerAct} heartbeats; the topic has: "
            + string.Join("; ", host.Topic.Select(a => $"{a.DedupKey} {a.Status} {a.ProbableCauses.FirstOrDefault()?.Confidence}")));
    }

    private async Task BeatAsync()
    {
        // vm-db04 moves bytes until it fails, so only vm-sql01 stalls however slowly the host runs.
        if (_db is { Phase: CyclePhase.Upload } uploading)
        {
            _db = uploading with { Disks = [.. uploading.Disks.Select(d => d with { UploadedBytes = d.UploadedBytes + (GiB / 10) })] };
        }

        var heartbeat = new Heartbeat(Heartbeat.SchemaV1, ApplianceId, ApplianceKind.AzureMigrateVMware, ++_sequence, host.Now,
            [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running)],
            [new ApplianceEndpoint(EndpointRole.Storage, "migratelsa1.blob.core.windows.net", 443)],
            [Vm("vm-sql01", "esx01.contoso.local", _sql), Vm("vm-db04", "esx07.contoso.local", _db)],
            [], [.. _answers], []);
        _answers.Clear();
        foreach (var command in await host.SendAsync(heartbeat))
        {
            _answers.AddRange(command.Probes.Select(p => Answer(command.CommandId, p)));
        }

        await host.PassAsync(ScenarioSettings.Beat);
    }

    private static ProbeResult Answer(string commandId, ProbeKind probe) => probe switch
    {
        ProbeKind.StorageWrite => new(commandId, probe, "migratelsa1.blob.core.windows.net:443", false, 0, "PUT of a test blob timed out after 10 s"),
        ProbeKind.EsxiTcp902 => new(commandId, probe, "esx07.contoso.local:902", false, 0, "TCP connect to esx07.contoso.local:902 timed out"),
        _ => new(commandId, probe, "target", true, 12, "ok"),
    };

    private static bool Diagnosed(IReadOnlyList<Alert> topic, string key) =>
        Last(topic, key) is { Status: AlertStatus.Firing, ProbableCauses: [{ Confidence: CauseConfidence.Confirmed }, ..] };

    private static Alert? Last(IReadOnlyList<Alert> topic, string key) => topic.LastOrDefault(a => a.DedupKey == key);

    private CycleReport Upload(string cycleId, double uploadedGiB) =>
        new(cycleId, CycleType.Delta, CyclePhase.Upload, host.Now, [new DiskProgress("disk-0", 50 * GiB, (long)(uploadedGiB * GiB))], null);

    private static VmReport Vm(string vmId, string esxHost, CycleReport? cycle) =>
        new(vmId, vmId.Replace("vm-", string.Empty, StringComparison.Ordinal), esxHost, new ReplicationInfo(ReplicationState.Replicating, null), cycle);
}
