using System.Text.Json;
using System.Text.Unicode;
using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Domain.Heartbeats;

/// <summary>
/// Reads a <c>repl-heartbeat/v1</c> request body and checks every rule of the contract, reporting all
/// problems at once with their JSON paths.
/// </summary>
/// <remarks>
/// Rules beyond the JSON shape: ids (and the optional <c>epoch</c>) follow <see cref="ContractId"/>; the
/// sequence is at most <see cref="HeartbeatSequence.MaxValue"/>; VM ids are unique per heartbeat and
/// disk ids per VM; byte counts are not negative and uploaded never exceeds total; timestamps carry an
/// offset and lie within <see cref="HeartbeatLimits"/>' skew of the receive time; lists stay within
/// their limits; Hyper-V Replica frequencies are 30, 300 or 900 seconds; probe results name appliance
/// probes. Unknown fields are ignored so newer agents can add fields. A body whose <c>schema</c> is not
/// <c>repl-heartbeat/v1</c> gets only that one problem, because the rest of a different version's rules
/// are not ours to judge.
/// </remarks>
public static class HeartbeatParser
{
    // The contract nests five levels deep; a small bound stops pathological nesting early.
    private static readonly JsonDocumentOptions s_documentOptions = new()
    {
        AllowDuplicateProperties = false,
        MaxDepth = 16,
    };

    /// <summary>Parses and validates one heartbeat body.</summary>
    /// <param name="utf8Body">The request body as received, UTF-8 (a byte order mark is allowed).</param>
    /// <param name="receivedAt">When the body was received, by the monitor's clock; timestamps are judged against it.</param>
    /// <param name="limits">Valid limits (see <see cref="HeartbeatLimits.Validate"/>).</param>
    public static HeartbeatParseResult Parse(ReadOnlyMemory<byte> utf8Body, DateTimeOffset receivedAt, HeartbeatLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (utf8Body.Length > limits.MaxBodyBytes)
        {
            return Fail(ContractProblemKind.BodyTooLarge,
                $"the body is {utf8Body.Length} bytes; at most {limits.MaxBodyBytes} are accepted");
        }

        if (utf8Body.Span.StartsWith("\uFEFF"u8))
        {
            utf8Body = utf8Body[3..];
        }

        // The reader checks UTF-8 only in the tokens it touches; strings are decoded later, when read.
        if (!Utf8.IsValid(utf8Body.Span))
        {
            return Fail(ContractProblemKind.MalformedJson, "the body is not valid UTF-8");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Body, s_documentOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            return Fail(ContractProblemKind.MalformedJson, $"the body is not valid JSON{where}: {FirstSentence(e.Message)}");
        }

        using (document)
        {
            var reader = new HeartbeatReader(receivedAt, limits);
            var heartbeat = reader.Read(document.RootElement);
            return heartbeat is not null && reader.Problems.Count == 0
                ? HeartbeatParseResult.Valid(heartbeat)
                : HeartbeatParseResult.Invalid(reader.Problems);
        }
    }

    private static HeartbeatParseResult Fail(ContractProblemKind kind, string message) =>
        HeartbeatParseResult.Invalid([new ContractProblem(JsonPaths.Root, kind, message)]);

    // The reader's messages end with its own position text, which the problem already states better.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
