using System.Globalization;
using System.Text.Json;
using static ReplOrchestrator.Domain.Heartbeats.Answers.JsonFields;

namespace ReplOrchestrator.Domain.Heartbeats.Answers;

/// <summary>Why the server refused a heartbeat: an RFC 9457 problem response, or what could be made of a non-problem one.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Title">The problem's title, or the status's reason phrase.</param>
/// <param name="Detail">The problem's detail, if any.</param>
/// <param name="Errors">The input errors a 400 lists, in order.</param>
public sealed record HeartbeatProblem(int Status, string Title, string? Detail, IReadOnlyList<ProblemError> Errors)
{
    /// <summary>The problem in <paramref name="body"/>, falling back to <paramref name="reason"/> when the body is not a problem document.</summary>
    public static HeartbeatProblem Read(int status, string? body, string? reason)
    {
        var fallback = reason ?? "request refused";
        try
        {
            using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new HeartbeatProblem(status, fallback, null, []);
            }

            var errors = root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
                    .Select(e => new ProblemError(Text(e, "path") ?? "$", Text(e, "code"), Text(e, "message") ?? "invalid"))
                    .ToList()
                : [];
            return new HeartbeatProblem(status, Text(root, "title") ?? fallback, Text(root, "detail"), errors);
        }
        catch (JsonException)
        {
            return new HeartbeatProblem(status, fallback, null, []);
        }
    }

    /// <summary>One line: status, title, then the first input error (and how many more) or the detail.</summary>
    public string Describe()
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{Status} {Title}");
        if (Errors.Count > 0)
        {
            var more = Errors.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" (and {Errors.Count - 1} more)") : "";
            return $"{line}: {Errors[0].Path}: {Errors[0].Message}{more}";
        }

        return Detail is null ? line : $"{line}: {Detail}";
    }
}
