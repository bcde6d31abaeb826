using System.Text.Json;
using ReplOrchestrator.Functions.CustomHandler;

namespace ReplOrchestrator.Functions.DurableClient;

/// <summary>
/// What the Durable extension's <c>durableClient</c> input binding hands a custom handler: the task
/// hub, the connection, the local gRPC endpoint (<c>rpcBaseUrl</c>) and, on newer extensions, the
/// public management API (<c>httpBaseUrl</c> plus the query string that carries the system key).
/// </summary>
/// <param name="TaskHubName">The task hub the client talks to.</param>
/// <param name="ConnectionName">The storage connection name, when not the default.</param>
/// <param name="RpcBaseUrl">The extension's loopback gRPC endpoint (HTTP/2 without TLS).</param>
/// <param name="HttpBaseUrl">The management API base, <c>…/runtime/webhooks/durabletask</c>.</param>
/// <param name="RequiredQueryStringParameters">Query string the management API requires (the system key); a secret.</param>
internal sealed record DurableClientBinding(
    string TaskHubName,
    string? ConnectionName,
    Uri? RpcBaseUrl,
    Uri? HttpBaseUrl,
    string? RequiredQueryStringParameters)
{
    /// <summary>Reads the binding value, which may arrive as an object or as (double-)encoded JSON text.</summary>
    /// <exception cref="FormatException">The value is not a client binding payload.</exception>
    public static DurableClientBinding Parse(JsonElement value)
    {
        var json = BindingValue.ReadJson(value) ?? throw new FormatException("The durableClient binding value is null.");
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.String)
        {
            // One more level of encoding than expected: accept it.
            return Parse(root);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("The durableClient binding value is not a JSON object.");
        }

        var hub = ReadString(root, "taskHubName") ?? throw new FormatException("The durableClient binding has no taskHubName.");
        return new DurableClientBinding(
            hub,
            ReadString(root, "connectionName"),
            ReadUri(root, "rpcBaseUrl"),
            ReadUri(root, "httpBaseUrl"),
            ReadString(root, "requiredQueryStringParameters"));
    }

    // The system key lives in RequiredQueryStringParameters: never print it.
    /// <inheritdoc />
    public override string ToString() =>
        $"DurableClientBinding {{ TaskHubName = {TaskHubName}, ConnectionName = {ConnectionName}, RpcBaseUrl = {RpcBaseUrl}, HttpBaseUrl = {HttpBaseUrl} }}";

    private static string? ReadString(JsonElement root, string name)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
            }
        }

        return null;
    }

    private static Uri? ReadUri(JsonElement root, string name) =>
        ReadString(root, name) is { Length: > 0 } text && Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : null;
}
