using System.Text.Json.Nodes;

namespace ReplOrchestrator.Functions.CustomHandler;

/// <summary>
/// Output binding values produced while one invocation runs (an alert for the <c>alerts</c> topic),
/// collected so the handler can return them in <c>Outputs</c>: that is how a custom handler writes to a
/// Service Bus output binding.
/// </summary>
internal sealed class InvocationOutputs
{
    private static readonly AsyncLocal<InvocationOutputs?> s_current = new();
    private readonly Dictionary<string, JsonArray> _values = new(StringComparer.Ordinal);

    /// <summary>The outputs of the invocation running on this flow, or <see langword="null"/> outside one.</summary>
    public static InvocationOutputs? Current => s_current.Value;

    /// <summary>Starts collecting for the invocation on this flow.</summary>
    public static InvocationOutputs Begin() => s_current.Value = new InvocationOutputs();

    /// <summary>Adds one message for an output binding.</summary>
    public void Add(string binding, JsonNode message)
    {
        lock (_values)
        {
            if (!_values.TryGetValue(binding, out var messages))
            {
                _values[binding] = messages = [];
            }

            messages.Add(message);
        }
    }

    /// <summary>Copies what was collected into a response's outputs.</summary>
    public void CopyTo(InvocationResponse response)
    {
        lock (_values)
        {
            foreach (var (binding, messages) in _values)
            {
                response.Outputs[binding] = messages.DeepClone();
            }
        }
    }
}
