using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReplOrchestrator.Domain.Contracts;

/// <summary>
/// The one JSON configuration of the public contracts (<c>repl-heartbeat/v1</c>, its response, and
/// <c>repl-alert/v1</c>): camelCase names, enums as the strings the contracts document, nulls written.
/// </summary>
/// <remarks>
/// Frozen: the options are read-only, so no caller can change how a published contract is written.
/// Enum values are written as declared (for example <c>AzureMigrateVMware</c>, <c>Critical</c>); the
/// few members the contract spells in lower case carry their own name (<c>firing</c>, <c>likely</c>).
/// Integers are never accepted for enums, so a client cannot depend on member order. Heartbeats are
/// read by <see cref="Heartbeats.HeartbeatParser"/>, not by these options, because it reports every
/// problem instead of stopping at the first.
/// </remarks>
public static class ContractJson
{
    /// <summary>The frozen serializer options for every public contract.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Serializes a contract value with <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
