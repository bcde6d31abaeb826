using System.Text.Json.Nodes;

namespace ReplOrchestrator.Local.Simulation.Arm;

/// <summary>An answer the ARM stand-in gives once instead of a page: a refusal, throttling, or a page as broken as a test needs.</summary>
/// <param name="Status">The HTTP status, e.g. 403 for a principal without Reader, 429 for throttling.</param>
/// <param name="Body">The body, sent as it is.</param>
/// <param name="ContentType">The body's media type.</param>
internal sealed record ArmAnswer(int Status, string Body, string ContentType = "application/json")
{
    /// <summary>The <c>Retry-After</c> to send, rounded up to whole seconds; none when null.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>ARM's error answer: <c>{"error":{"code":…,"message":…}}</c>.</summary>
    public static ArmAnswer Error(int status, string code, string message) =>
        new(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString());
}
