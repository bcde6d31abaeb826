using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Api.Heartbeats;
using ReplOrchestrator.Api.Problems;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Orchestration;
using ReplOrchestrator.Workflows.Silences;

namespace ReplOrchestrator.Api.Silences;

/// <summary>
/// <c>GET/POST /api/silences</c>, <c>DELETE /api/silences/{id}</c>: silences and maintenance windows,
/// kept by the silence registry orchestration. A change is answered once the registry shows it.
/// </summary>
internal static class SilenceEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;
    private static readonly TimeSpan s_visibleWithin = TimeSpan.FromSeconds(5);

    public static async Task<IResult> ListAsync(DurableTaskClient client, CancellationToken cancellationToken) =>
        Results.Json(await ReadAsync(client, cancellationToken), ContractJson.Options);

    public static async Task<IResult> CreateAsync(HttpContext context, DurableTaskClient client, TimeProvider time, SilenceOptions options)
    {
        var body = await HttpBody.ReadAsync(context.Request, MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            return ApiProblems.TooLarge(MaxBodyBytes);
        }

        Silence silence;
        try
        {
            var node = JsonNode.Parse(body) as JsonObject ?? throw new JsonException("the body is not a JSON object");
            node["id"] ??= "sil-" + Guid.NewGuid().ToString("N")[..12];
            silence = node.Deserialize<Silence>(ContractJson.Options) ?? throw new JsonException("the body is empty");
        }
        catch (JsonException e)
        {
            return ApiProblems.InvalidBody("The silence is not valid JSON of the expected shape.", [ProblemError.From(new ContractProblem(e.Path ?? "$", ContractProblemKind.MalformedJson, e.Message))]);
        }

        var problems = silence.Validate(time.GetUtcNow(), options);
        if (problems.Count > 0)
        {
            return ApiProblems.InvalidBody("The silence breaks its rules.", [.. problems.Select(ProblemError.From)]);
        }

        await client.StartIfAbsentAsync(WorkflowNames.SilenceRegistry, InstanceIds.Silences, null, context.RequestAborted);
        await client.RaiseEventAsync(InstanceIds.Silences, EventNames.Signal, new SilenceSignal(silence, null), context.RequestAborted);
        await WaitUntilAsync(client, time, list => list.Any(s => s.Id == silence.Id), context.RequestAborted);
        return Results.Json(silence, ContractJson.Options, statusCode: StatusCodes.Status201Created);
    }

    public static async Task<IResult> DeleteAsync(string id, DurableTaskClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!(await ReadAsync(client, cancellationToken)).Any(s => s.Id == id))
        {
            return ApiProblems.NotFound("silence", id);
        }

        await client.RaiseEventAsync(InstanceIds.Silences, EventNames.Signal, new SilenceSignal(null, id), cancellationToken);
        await WaitUntilAsync(client, time, list => list.All(s => s.Id != id), cancellationToken);
        return Results.NoContent();
    }

    private static async Task<IReadOnlyList<Silence>> ReadAsync(DurableTaskClient client, CancellationToken cancellationToken) =>
        (await client.GetInstanceAsync(InstanceIds.Silences, getInputsAndOutputs: true, cancellationToken))?.ReadCustomStatusAs<List<Silence>>() ?? [];

    // The change is durable already; waiting only spares the caller a read that does not show it yet.
    private static async Task WaitUntilAsync(DurableTaskClient client, TimeProvider time, Func<IReadOnlyList<Silence>, bool> done, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + s_visibleWithin;
        while (!done(await ReadAsync(client, cancellationToken)) && time.GetUtcNow() < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(25), time, cancellationToken);
        }
    }
}
