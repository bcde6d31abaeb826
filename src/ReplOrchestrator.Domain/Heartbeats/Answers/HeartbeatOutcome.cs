using System.Globalization;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Heartbeats.Answers;

/// <summary>What became of one heartbeat, with the commands its answer carried.</summary>
/// <param name="Kind">Taken, repeat, refused or failed.</param>
/// <param name="Status">The HTTP status, when an answer arrived.</param>
/// <param name="Commands">Commands to run (from accepted and duplicate answers).</param>
/// <param name="Ignored">Commands of the answer the appliance cannot run.</param>
/// <param name="Problem">Why it was refused (<see cref="HeartbeatOutcomeKind.Rejected"/>).</param>
/// <param name="Error">What went wrong (<see cref="HeartbeatOutcomeKind.Failed"/>).</param>
public sealed record HeartbeatOutcome(
    HeartbeatOutcomeKind Kind,
    int? Status,
    IReadOnlyList<ApplianceCommand> Commands,
    IReadOnlyList<IgnoredCommand> Ignored,
    HeartbeatProblem? Problem,
    string? Error)
{
    /// <summary>
    /// Whether the server refused the body itself (400, 413, 415): sending what it carried again would be
    /// refused again, so it is dropped. A refused key (401, 403) says nothing against the body.
    /// </summary>
    public bool BodyRefused => Kind == HeartbeatOutcomeKind.Rejected && Status is 400 or 413 or 415;

    /// <summary>A heartbeat that got no usable answer.</summary>
    public static HeartbeatOutcome Failed(string error, int? status = null) => new(HeartbeatOutcomeKind.Failed, status, [], [], null, error);

    /// <summary>
    /// Interprets the server's answer: 2xx with a heartbeat response is accepted or a duplicate, 4xx is a
    /// refusal with its problem, anything else a failure.
    /// </summary>
    /// <param name="status">The HTTP status code.</param>
    /// <param name="body">The response body, as text.</param>
    /// <param name="reason">The status's reason phrase, used when a refusal has no problem document.</param>
    public static HeartbeatOutcome FromAnswer(int status, string? body, string? reason = null)
    {
        if (status is >= 200 and < 300)
        {
            return HeartbeatResponseReader.Read(body ?? "", out var problem) is { } response
                ? new HeartbeatOutcome(response.Duplicate ? HeartbeatOutcomeKind.Duplicate : HeartbeatOutcomeKind.Accepted,
                    status, response.Commands, response.Ignored, null, null)
                : Failed(Invariant($"the server answered {status} with a body that is not a heartbeat response: {problem}"), status);
        }

        if (status is >= 400 and < 500)
        {
            return new HeartbeatOutcome(HeartbeatOutcomeKind.Rejected, status, [], [], HeartbeatProblem.Read(status, body, reason), null);
        }

        return Failed("the server answered " + HeartbeatProblem.Read(status, body, reason).Describe(), status);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
