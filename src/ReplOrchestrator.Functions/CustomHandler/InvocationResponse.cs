using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ReplOrchestrator.Functions.CustomHandler;

/// <summary>
/// The body the handler answers with: output binding values, log lines the host records in the
/// invocation's scope, and the return value the host hands to the trigger (how Durable triggers get
/// their results).
/// </summary>
internal sealed class InvocationResponse
{
    /// <summary>Values for output bindings by binding name; an array means several messages.</summary>
    [JsonPropertyName("Outputs")]
    public Dictionary<string, JsonNode?> Outputs { get; } = new(StringComparer.Ordinal);

    /// <summary>Log lines, recorded at Information level by the host.</summary>
    [JsonPropertyName("Logs")]
    public List<string> Logs { get; } = [];

    /// <summary>The trigger's return value.</summary>
    [JsonPropertyName("ReturnValue")]
    public JsonNode? ReturnValue { get; set; }
}
