using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Api.Problems;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Api.Alerts;

/// <summary><c>GET /api/alerts?status=firing|resolved</c>: the <c>repl-alert/v1</c> objects, newest first.</summary>
internal static class AlertEndpoints
{
    public static async Task<IResult> ListAsync(string? status, DurableTaskClient client, CancellationToken cancellationToken)
    {
        if (!TryParseStatus(status, out var wanted))
        {
            return ApiProblems.InvalidParameter("status", $"'{status}' is not a status; use firing or resolved.");
        }

        var alerts = await DurableQueries.StatusesAsync<Alert>(client, InstanceIds.AlertPrefix, cancellationToken);
        return Results.Json(alerts.Where(a => wanted is null || a.Status == wanted).OrderByDescending(a => a.LastSeen).ToList(), ContractJson.Options);
    }

    private static bool TryParseStatus(string? text, out AlertStatus? status)
    {
        status = text?.ToLowerInvariant() switch
        {
            "firing" => AlertStatus.Firing,
            "resolved" => AlertStatus.Resolved,
            _ => null,
        };
        return status is not null || string.IsNullOrEmpty(text);
    }
}
