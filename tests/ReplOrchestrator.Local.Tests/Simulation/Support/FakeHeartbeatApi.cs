using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Simulation.Support;

/// <summary>
/// A real HTTP server that answers heartbeats the way the API does: 415 without JSON, 401/403 by key,
/// 400 with every problem <see cref="HeartbeatParser"/> finds (judged at the simulated receive time),
/// 200 <c>duplicate</c> for a sequence not newer than the last, else 202 with the appliance's open
/// commands, each repeated until a heartbeat carries its results.
/// </summary>
internal sealed class FakeHeartbeatApi : IAsyncDisposable
{
    private readonly TimeProvider _time;
    private readonly IReadOnlyList<ApplianceCredential> _credentials;
    private readonly ConcurrentDictionary<string, long> _lastSequence = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<ApplianceCommand>> _open = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedHeartbeat> _received = new();
    private LoopbackHttpServer _server = null!;

    private FakeHeartbeatApi(TimeProvider time, IReadOnlyList<ApplianceCredential> credentials) => (_time, _credentials) = (time, credentials);

    /// <summary>Answers to force instead of the normal ones, taken one per request while any are queued.</summary>
    public ConcurrentQueue<CannedResponse> Forced { get; } = new();

    /// <summary>Every heartbeat request, parsed, in arrival order.</summary>
    public IReadOnlyList<ReceivedHeartbeat> Received => [.. _received];

    public Uri BaseAddress => _server.BaseAddress;

    public IReadOnlyCollection<RecordedRequest> Requests => _server.Requests;

    public static async Task<FakeHeartbeatApi> StartAsync(TimeProvider time, IReadOnlyList<ApplianceCredential> credentials)
    {
        var api = new FakeHeartbeatApi(time, credentials);
        api._server = await LoopbackHttpServer.StartAsync(api.Answer);
        return api;
    }

    /// <summary>The valid heartbeats of one appliance, in order.</summary>
    public IReadOnlyList<Heartbeat> HeartbeatsOf(string applianceId) =>
        [.. Received.Where(r => r.Parsed.IsValid && r.Parsed.Heartbeat.ApplianceId == applianceId).Select(r => r.Parsed.Heartbeat!)];

    /// <summary>Puts a command in every answer to <paramref name="applianceId"/> until its results arrive.</summary>
    public void Issue(string applianceId, ApplianceCommand command) =>
        _open.GetOrAdd(applianceId, _ => []).Add(command);

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private CannedResponse Answer(RecordedRequest request)
    {
        var receivedAt = _time.GetUtcNow();
        var parsed = HeartbeatParser.Parse(Encoding.UTF8.GetBytes(request.Body), receivedAt, new HeartbeatLimits());
        _received.Enqueue(new ReceivedHeartbeat(request, receivedAt, parsed));
        if (Forced.TryDequeue(out var forced))
        {
            return forced;
        }

        if (request.Path != "/api/heartbeats" || request.Method != "POST")
        {
            return Problem(404, "not found");
        }

        if (!request.Headers.TryGetValue("Content-Type", out var type) || !type.StartsWith("application/json", StringComparison.Ordinal))
        {
            return Problem(415, "The request body must be JSON.");
        }

        var owner = _credentials.FirstOrDefault(c => request.Headers.TryGetValue("x-appliance-key", out var key) && key == c.Key);
        if (owner is null)
        {
            return Problem(401, "A valid x-appliance-key header is required.");
        }

        if (!parsed.IsValid)
        {
            var errors = parsed.Problems.Select(p => new { path = p.Path, code = p.Kind.ToString(), message = p.Message });
            return new CannedResponse(400, JsonSerializer.Serialize(new { title = "The heartbeat is invalid.", status = 400, errors }), "application/problem+json");
        }

        var heartbeat = parsed.Heartbeat;

        if (owner.Id != heartbeat.ApplianceId)
        {
            return Problem(403, "This credential may not do that.");
        }

        var duplicate = !HeartbeatSequence.IsNewer(_lastSequence.TryGetValue(heartbeat.ApplianceId, out var last) ? last : null, heartbeat.Sequence);
        var open = _open.GetOrAdd(heartbeat.ApplianceId, _ => []);
        if (!duplicate)
        {
            _lastSequence[heartbeat.ApplianceId] = heartbeat.Sequence;
            var answered = heartbeat.ProbeResults.Select(r => r.CommandId).Concat(heartbeat.CommandResults.Select(r => r.CommandId)).ToHashSet();
            open.RemoveAll(c => answered.Contains(c.CommandId));
        }

        var body = ContractJson.Serialize(new HeartbeatResponse(true, duplicate, [.. open]));
        return new CannedResponse(duplicate ? 200 : 202, body);
    }

    private static CannedResponse Problem(int status, string title) =>
        new(status, JsonSerializer.Serialize(new { title, status }), "application/problem+json");
}

/// <summary>One heartbeat request as the fake API received and judged it.</summary>
internal sealed record ReceivedHeartbeat(RecordedRequest Request, DateTimeOffset ReceivedAt, HeartbeatParseResult Parsed);
