using System.Text;

namespace ReplOrchestrator.Engine.Runtime;

/// <summary>
/// What the engine accepts as ids, names and payloads. The instance-id rules are the Durable
/// extension's, so an id that works here works in Azure and the other way round.
/// </summary>
internal static class InputRules
{
    /// <summary>Why an instance id is refused, or <see langword="null"/> when it is valid.</summary>
    public static string? CheckInstanceId(string? instanceId)
    {
        if (string.IsNullOrEmpty(instanceId))
        {
            return "An instance id must not be empty.";
        }

        if (instanceId.Length > EngineOptions.MaxInstanceIdLength)
        {
            return $"An instance id must be at most {EngineOptions.MaxInstanceIdLength} characters; this one has {instanceId.Length}.";
        }

        if (instanceId[0] == '@')
        {
            return "An instance id must not start with '@' (reserved for entities).";
        }

        foreach (var c in instanceId)
        {
            if (c is '/' or '\\' or '?' or '#' || char.IsControl(c))
            {
                return $"An instance id must not contain '/', '\\', '?', '#' or control characters; '{Printable(instanceId)}' does.";
            }
        }

        return null;
    }

    /// <summary>Why an orchestrator, activity or event name is refused, or <see langword="null"/>.</summary>
    public static string? CheckName(string? name, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return $"The {what} name must not be empty.";
        }

        return name.Length > EngineOptions.MaxNameLength
            ? $"The {what} name must be at most {EngineOptions.MaxNameLength} characters; this one has {name.Length}."
            : null;
    }

    /// <summary>Why a JSON payload is refused (too large), or <see langword="null"/>.</summary>
    public static string? CheckPayload(string? json, int maxBytes, string what)
    {
        // Cheap bound first: UTF-8 never takes more than 3 bytes per UTF-16 unit.
        if (json is null || json.Length * 3 <= maxBytes)
        {
            return null;
        }

        var bytes = Encoding.UTF8.GetByteCount(json);
        return bytes > maxBytes
            ? $"The {what} is {bytes} bytes; the limit is {maxBytes} bytes (EngineOptions.MaxPayloadBytes)."
            : null;
    }

    private static string Printable(string text) =>
        new(text.Select(c => char.IsControl(c) ? '?' : c).Take(80).ToArray());
}
