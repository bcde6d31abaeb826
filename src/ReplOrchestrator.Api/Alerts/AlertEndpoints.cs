using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Alerts;

namespace ReplOrchestrator.Api.Alerts;

/// <summary>
/// <c>GET /api/alerts?status=&amp;history=&amp;dedupKey=&amp;limit=&amp;after=</c>: the <c>repl-alert/v1</c> objects,
/// newest first, a page at a time; a <c>Link</c> header with <c>rel="next"</c> points at the next page.
/// </summary>
internal static class AlertEndpoints
{
    public static async Task<IResult> ListAsync(HttpContext context, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (AlertQuery.TryRead(context.Request.Query, out var query) is { } problem)
        {
            return problem;
        }

        var lifecycles = await DurableQueries.AllAsync(client, InstanceIds.AlertPrefix, cancellationToken);
        var (alerts, next) = AlertPages.Cut(lifecycles.SelectMany(m => Episodes(m, query.History)), query);
        if (next is { } cursor)
        {
            context.Response.Headers.Link = $"<{NextPage(context.Request, cursor)}>; rel=\"next\"";
        }

        return Results.Json(alerts, ContractJson.Options);
    }

    // The current episode is the lifecycle's custom status; the earlier ones are in its input.
    private static IEnumerable<Alert> Episodes(OrchestrationMetadata lifecycle, bool history)
    {
        var current = lifecycle.ReadCustomStatusAs<Alert>();
        var earlier = history ? lifecycle.ReadInputAs<AlertLifecycleState>()?.History ?? [] : [];
        return earlier.Where(e => e.Id != current?.Id).Concat(current is null ? [] : [current]);
    }

    // The same request with the cursor of the next page; other parameters (a function key, say) stay as they were.
    private static string NextPage(HttpRequest request, AlertCursor cursor)
    {
        var query = new QueryBuilder(request.Query.Where(p => p.Key != "after")) { { "after", cursor.Encode() } };
        return request.PathBase + request.Path + query.ToQueryString();
    }
}
