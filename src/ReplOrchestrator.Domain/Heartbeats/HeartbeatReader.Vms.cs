using System.Text.Json;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Cycles;
using static ReplOrchestrator.Domain.Contracts.JsonPaths;

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>The VM part of a heartbeat: VMs, their replication info, current cycle and disks.</summary>
internal sealed partial class HeartbeatReader
{
    private List<VmReport> ReadVms(JsonElement root, ApplianceKind? kind)
    {
        // Every well-formed id takes part, even of a VM with other problems: all problems are reported at once.
        var idPaths = new List<(string, string)>();
        var vms = _json.List(root, "vms", Field(Root, "vms"), required: true, limits.MaxVms, (element, path) =>
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("vmId", out var id)
                && id.ValueKind == JsonValueKind.String && ContractId.IsValid(id.GetString()))
            {
                idPaths.Add((id.GetString()!, Field(path, "vmId")));
            }

            return ReadVm(element, path, kind);
        });

        _json.RejectDuplicates(idPaths, id => id, "VM id");
        return vms;
    }

    private VmReport? ReadVm(JsonElement element, string path, ApplianceKind? kind)
    {
        var vmId = _json.Id(element, "vmId", Field(path, "vmId"));
        var name = _json.String(element, "name", Field(path, "name"), required: false, MaxNameLength);
        var host = ReadHost(element, Field(path, "host"));
        var replication = ReadReplication(element, Field(path, "replication"), kind);
        var cycle = _json.Object(element, "cycle", Field(path, "cycle"), required: false) is { } cycleElement
            ? ReadCycle(cycleElement, Field(path, "cycle"))
            : null;

        return vmId is null || replication is null ? null : new VmReport(vmId, name, host, replication, cycle);
    }

    private string? ReadHost(JsonElement element, string path)
    {
        var host = _json.String(element, "host", path, required: false, MaxNameLength);
        if (host is not null && Uri.CheckHostName(host) == UriHostNameType.Unknown)
        {
            _json.Report(path, ContractProblemKind.InvalidValue, $"'{host}' is not a DNS name or IP address");
            return null;
        }

        return host;
    }

    private ReplicationInfo? ReadReplication(JsonElement vm, string path, ApplianceKind? kind)
    {
        if (_json.Object(vm, "replication", path, required: true) is not { } element)
        {
            return null;
        }

        var state = _json.Enum<ReplicationState>(element, "state", Field(path, "state"));
        var frequencyPath = Field(path, "frequencySeconds");
        var frequency = _json.Integer(element, "frequencySeconds", frequencyPath,
            required: kind == ApplianceKind.HyperVReplica, 1, (long)TimeSpan.FromDays(1).TotalSeconds);

        if (kind == ApplianceKind.HyperVReplica && frequency is { } seconds && !ReplicationInfo.HyperVFrequencies.Contains((int)seconds))
        {
            _json.Report(frequencyPath, ContractProblemKind.InvalidValue,
                $"Hyper-V Replica replicates every 30, 300 or 900 seconds (was {seconds})");
            return null;
        }

        return state is null ? null : new ReplicationInfo(state.Value, (int?)frequency);
    }

    private CycleReport? ReadCycle(JsonElement element, string path)
    {
        var cycleId = _json.Id(element, "cycleId", Field(path, "cycleId"));
        var type = _json.Enum<CycleType>(element, "type", Field(path, "type"));
        var phase = _json.Enum<CyclePhase>(element, "phase", Field(path, "phase"));
        var startedAt = ReadPastTimestamp(element, "startedAt", Field(path, "startedAt"));
        var disks = ReadDisks(element, Field(path, "disks"));
        var error = _json.Object(element, "error", Field(path, "error"), required: false) is { } errorElement
            ? ReadError(errorElement, Field(path, "error"))
            : null;

        return cycleId is null || type is null || phase is null || startedAt is null
            ? null
            : new CycleReport(cycleId, type.Value, phase.Value, startedAt.Value, disks, error);
    }

    private List<DiskProgress> ReadDisks(JsonElement cycle, string path)
    {
        var idPaths = new List<(DiskProgress, string)>();
        var disks = _json.List(cycle, "disks", path, required: true, limits.MaxDisksPerVm, (element, itemPath) =>
        {
            var disk = ReadDisk(element, itemPath);
            if (disk is not null)
            {
                idPaths.Add((disk, Field(itemPath, "diskId")));
            }

            return disk;
        });

        _json.RejectDuplicates(idPaths, disk => disk.DiskId, "disk id");
        return disks;
    }

    private DiskProgress? ReadDisk(JsonElement element, string path)
    {
        var diskId = _json.Id(element, "diskId", Field(path, "diskId"));
        var total = _json.Integer(element, "totalBytes", Field(path, "totalBytes"), required: true, 0, long.MaxValue);
        var uploaded = _json.Integer(element, "uploadedBytes", Field(path, "uploadedBytes"), required: true, 0, long.MaxValue);
        if (total is { } t && uploaded is { } u && u > t)
        {
            _json.Report(Field(path, "uploadedBytes"), ContractProblemKind.Inconsistent,
                $"{u} bytes uploaded is more than the disk's totalBytes {t}");
            return null;
        }

        return diskId is null || total is null || uploaded is null ? null : new DiskProgress(diskId, total.Value, uploaded.Value);
    }

    private CycleError? ReadError(JsonElement element, string path)
    {
        var code = _json.Text(element, "code", Field(path, "code"), MaxNameLength);
        var message = _json.String(element, "message", Field(path, "message"), required: false, MaxMessageLength);
        return code is null ? null : new CycleError(code, message);
    }
}
