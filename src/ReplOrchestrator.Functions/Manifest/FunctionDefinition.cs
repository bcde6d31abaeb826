using System.Text.Json.Nodes;

namespace ReplOrchestrator.Functions.Manifest;

/// <summary>One function of the app: its name (= folder name = route the host posts to), kind and bindings.</summary>
/// <param name="Name">The function name; for orchestrations and activities also the registered name.</param>
/// <param name="Kind">What triggers it.</param>
/// <param name="TriggerBinding">The trigger binding's name, the key its value has in the invocation's <c>Data</c>.</param>
/// <param name="Bindings">The <c>function.json</c> bindings, trigger first.</param>
internal sealed record FunctionDefinition(string Name, FunctionKind Kind, string TriggerBinding, IReadOnlyList<JsonObject> Bindings)
{
    /// <summary>The content of this function's <c>function.json</c>.</summary>
    public JsonObject ToFunctionJson()
    {
        var bindings = new JsonArray();
        foreach (var binding in Bindings)
        {
            bindings.Add(binding.DeepClone());
        }

        return new JsonObject { ["bindings"] = bindings };
    }
}
