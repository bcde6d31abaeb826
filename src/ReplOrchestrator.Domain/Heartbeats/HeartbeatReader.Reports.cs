using System.Text.Json;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Contracts.JsonPaths;

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>The report part of a heartbeat: event-log entries, probe results and command results.</summary>
internal sealed partial class HeartbeatReader
{
    private ReplicationEvent? ReadEvent(JsonElement element, string path)
    {
        var eventId = _json.Integer(element, "eventId", Field(path, "eventId"), required: true, 0, ushort.MaxValue);
        var source = _json.Text(element, "source", Field(path, "source"), MaxNameLength);
        var level = _json.Enum<ReplicationEventLevel>(element, "level", Field(path, "level"));
        var vmId = _json.Id(element, "vmId", Field(path, "vmId"), required: false);
        var timeCreated = ReadPastTimestamp(element, "timeCreated", Field(path, "timeCreated"));
        var message = _json.String(element, "message", Field(path, "message"), required: false, MaxMessageLength);

        return eventId is null || source is null || level is null || timeCreated is null
            ? null
            : new ReplicationEvent((int)eventId.Value, source, level.Value, vmId, timeCreated.Value, message ?? "");
    }

    private ProbeResult? ReadProbeResult(JsonElement element, string path)
    {
        var commandId = _json.Id(element, "commandId", Field(path, "commandId"));
        var probe = _json.Enum<ProbeKind>(element, "probe", Field(path, "probe"));
        if (probe is { } kind && kind.Side() != ProbeSide.Appliance)
        {
            _json.Report(Field(path, "probe"), ContractProblemKind.InvalidValue, $"'{kind}' is not an appliance-side probe");
            probe = null;
        }

        var target = _json.String(element, "target", Field(path, "target"), required: false, MaxNameLength);
        var ok = _json.Boolean(element, "ok", Field(path, "ok"), required: true);
        var latency = _json.Integer(element, "latencyMs", Field(path, "latencyMs"), required: false, 0, long.MaxValue);
        var detail = _json.String(element, "detail", Field(path, "detail"), required: false, MaxMessageLength);

        return commandId is null || probe is null || ok is null
            ? null
            : new ProbeResult(commandId, probe.Value, target, ok.Value, latency ?? 0, detail);
    }

    private CommandResult? ReadCommandResult(JsonElement element, string path)
    {
        var commandId = _json.Id(element, "commandId", Field(path, "commandId"));
        var ok = _json.Boolean(element, "ok", Field(path, "ok"), required: true);
        var detail = _json.String(element, "detail", Field(path, "detail"), required: false, MaxMessageLength);
        return commandId is null || ok is null ? null : new CommandResult(commandId, ok.Value, detail);
    }
}
