using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace ReplOrchestrator.Workflows;

/// <summary>
/// The one JSON configuration for every payload that crosses a durable boundary: orchestration and
/// activity inputs and outputs, event data and custom status.
/// </summary>
/// <remarks>
/// WARNING: never change these options. Payloads are stored in history and read back on replay, by
/// this version of the code and by the next one. A different naming policy or enum format would make
/// an in-flight orchestration read its own history differently and fail as non-deterministic.
/// Hosts hand <see cref="Converter"/> to the Durable Task worker and client
/// (<c>DurableTaskWorkerOptions.DataConverter</c>), whose own default writes PascalCase.
/// </remarks>
public static class DurableJson
{
    /// <summary>camelCase names, enums as camelCase-insensitive strings, nulls omitted, frozen.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The Durable Task data converter over <see cref="Options"/>.</summary>
    public static DataConverter Converter { get; } = new JsonDataConverter(Options);

    /// <summary>Serializes a payload; <see langword="null"/> stays <see langword="null"/> (an unset wrapper on the wire).</summary>
    public static string? Serialize<T>(T value) =>
        value is null ? null : JsonSerializer.Serialize(value, Options);


    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
