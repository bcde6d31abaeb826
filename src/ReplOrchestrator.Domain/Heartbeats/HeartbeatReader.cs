using System.Text.Json;
using ReplOrchestrator.Domain.Contracts;
using static ReplOrchestrator.Domain.Contracts.JsonPaths;

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>Walks one heartbeat document, building the records and collecting every problem.</summary>
internal sealed partial class HeartbeatReader(DateTimeOffset receivedAt, HeartbeatLimits limits)
{
    // Names and sources are free text from the appliance; bound them so one field cannot fill a log.
    private const int MaxNameLength = 256;
    private const int MaxMessageLength = 8192;

    private readonly ContractReader _json = new();

    public IReadOnlyList<ContractProblem> Problems => _json.Problems;

    public Heartbeat? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            _json.Report(Root, ContractProblemKind.WrongType, "expected a JSON object");
            return null;
        }

        if (!ReadSchema(root))
        {
            return null;
        }

        var applianceId = _json.Id(root, "applianceId", Field(Root, "applianceId"));
        var kind = _json.Enum<ApplianceKind>(root, "kind", Field(Root, "kind"));
        var sequence = _json.Integer(root, "sequence", Field(Root, "sequence"), required: true, 0, HeartbeatSequence.MaxValue);
        var epoch = _json.Id(root, "epoch", Field(Root, "epoch"), required: false);
        var sentAt = ReadSentAt(root);
        var services = ReadServices(root);
        var endpoints = ReadEndpoints(root);
        var vms = ReadVms(root, kind);
        var events = _json.List(root, "events", Field(Root, "events"), required: false, limits.MaxEvents, ReadEvent);
        var probes = _json.List(root, "probeResults", Field(Root, "probeResults"), required: false, int.MaxValue, ReadProbeResult);
        var commands = _json.List(root, "commandResults", Field(Root, "commandResults"), required: false, int.MaxValue, ReadCommandResult);

        if (applianceId is null || kind is null || sequence is null || sentAt is null)
        {
            return null;
        }

        return new Heartbeat(Heartbeat.SchemaV1, applianceId, kind.Value, sequence.Value, sentAt.Value,
            services, endpoints, vms, events, probes, commands) { Epoch = epoch };
    }

    private bool ReadSchema(JsonElement root)
    {
        var path = Field(Root, "schema");
        if (!root.TryGetProperty("schema", out var schema) || schema.ValueKind == JsonValueKind.Null)
        {
            _json.Report(path, ContractProblemKind.UnsupportedSchema, $"is required and must be '{Heartbeat.SchemaV1}'");
            return false;
        }

        if (schema.ValueKind != JsonValueKind.String || schema.GetString() != Heartbeat.SchemaV1)
        {
            _json.Report(path, ContractProblemKind.UnsupportedSchema, $"must be '{Heartbeat.SchemaV1}' (was {schema.GetRawText()})");
            return false;
        }

        return true;
    }

    private DateTimeOffset? ReadSentAt(JsonElement root)
    {
        var path = Field(Root, "sentAt");
        var sentAt = _json.Timestamp(root, "sentAt", path);
        if (sentAt is { } value && value < receivedAt - limits.MaxHeartbeatAge)
        {
            _json.Report(path, ContractProblemKind.ClockSkew,
                $"{value:O} is more than {limits.MaxHeartbeatAge:c} before the receive time {receivedAt:O}");
            return null;
        }

        return NotInFuture(sentAt, path);
    }

    /// <summary>A timestamp of a cycle or event: not after the receive time plus skew, nor older than the age limit.</summary>
    private DateTimeOffset? ReadPastTimestamp(JsonElement obj, string name, string path)
    {
        var timestamp = _json.Timestamp(obj, name, path);
        if (timestamp is { } value && value < receivedAt - limits.MaxTimestampAge)
        {
            _json.Report(path, ContractProblemKind.ClockSkew,
                $"{value:O} is more than {limits.MaxTimestampAge.TotalDays:0.#} days before the receive time {receivedAt:O}");
            return null;
        }

        return NotInFuture(timestamp, path);
    }

    private DateTimeOffset? NotInFuture(DateTimeOffset? timestamp, string path)
    {
        if (timestamp is { } value && value > receivedAt + limits.MaxClockSkew)
        {
            _json.Report(path, ContractProblemKind.ClockSkew,
                $"{value:O} is more than {limits.MaxClockSkew:c} after the receive time {receivedAt:O}; check the appliance's clock");
            return null;
        }

        return timestamp;
    }

    private List<ServiceStatus> ReadServices(JsonElement root)
    {
        var path = Field(Root, "services");
        var paths = new List<(ServiceStatus, string)>();
        var services = _json.List(root, "services", path, required: false, int.MaxValue, (element, itemPath) =>
        {
            var name = _json.Text(element, "name", Field(itemPath, "name"), MaxNameLength);
            var state = _json.Enum<ServiceState>(element, "state", Field(itemPath, "state"));
            if (name is null || state is null)
            {
                return null;
            }

            var service = new ServiceStatus(name, state.Value);
            paths.Add((service, Field(itemPath, "name")));
            return service;
        });

        _json.RejectDuplicates(paths, s => s.Name, "service");
        return services;
    }
}
