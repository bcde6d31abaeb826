using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.DurableTask.Client;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Api.Notifications;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Notifications;

namespace ReplOrchestrator.Api.Alerts;

/// <summary>
/// <c>GET /api/alerts?status=&amp;history=&amp;dedupKey=&amp;limit=&amp;after=</c>: the <c>repl-alert/v1</c> objects,
/// newest first, a page at a time; a <c>Link</c> header with <c>rel="next"</c> points at the next page. Each carries a
/// <c>notifications</c> member more: who it was routed to and each target's delivery state.
/// </summary>
internal static class AlertEndpoints
{
    public static async Task<IResult> ListAsync(HttpContext context, DurableTaskClient client, NotificationPolicy policy, CancellationToken cancellationToken)
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

        var deliveries = policy.IsEnabled
            ? new AlertDeliveryIndex(policy, await DurableQueries.StatusesAsync<NotificationGroupStatus>(client, InstanceIds.NotificationGroupPrefix, cancellationToken))
            : new AlertDeliveryIndex(policy, []);
        return Results.Json(alerts.Select(a => WithNotifications(a, deliveries.For(a))).ToList(), ContractJson.Options);
    }

    // The repl-alert/v1 object as published, with one member more: how telling people about it went.
    private static JsonObject WithNotifications(Alert alert, AlertNotificationsView notifications)
    {
        var json = JsonSerializer.SerializeToNode(alert, ContractJson.Options)!.AsObject();
        json["notifications"] = JsonSerializer.SerializeToNode(notifications, ContractJson.Options);
        return json;
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
