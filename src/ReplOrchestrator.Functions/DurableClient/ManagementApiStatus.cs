using System.Globalization;
using System.Text.Json;
using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.Functions.DurableClient;

/// <summary>Reads the management API's status objects (<c>name, instanceId, runtimeStatus, input, customStatus, output, createdTime, lastUpdatedTime</c>).</summary>
internal static class ManagementApiStatus
{
    public static OrchestrationMetadata ToMetadata(JsonElement status, bool withPayloads)
    {
        var runtimeStatus = Enum.Parse<OrchestrationRuntimeStatus>(String(status, "runtimeStatus") ?? nameof(OrchestrationRuntimeStatus.Pending), ignoreCase: true);
        var metadata = new OrchestrationMetadata(
            String(status, "instanceId") ?? string.Empty,
            String(status, "name") ?? string.Empty,
            runtimeStatus,
            Time(status, "createdTime"),
            Time(status, "lastUpdatedTime"))
        {
            SerializedCustomStatus = Payload(status, "customStatus"),
        };
        if (!withPayloads)
        {
            return metadata;
        }

        var output = Payload(status, "output");
        return metadata with
        {
            SerializedInput = Payload(status, "input"),
            SerializedOutput = runtimeStatus == OrchestrationRuntimeStatus.Failed ? null : output,
            FailureDetails = runtimeStatus == OrchestrationRuntimeStatus.Failed ? new TaskFailureDetails("OrchestrationFailed", output ?? "the orchestration failed") : null,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Payload(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined) ? value.GetRawText() : null;

    private static DateTimeOffset Time(JsonElement element, string name) =>
        String(element, name) is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : DateTimeOffset.MinValue;
}
