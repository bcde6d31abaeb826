using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Api.Problems;
using ReplOrchestrator.Api.Security;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Heartbeats;
using Microsoft.DurableTask.Client;

namespace ReplOrchestrator.Api.Heartbeats;

/// <summary>
/// <c>POST /api/heartbeats</c>: checks the appliance's key, reads and validates the body, and hands a
/// new heartbeat to the appliance's monitor; answers with the commands waiting for the appliance.
/// Every refusal changes nothing.
/// </summary>
internal sealed partial class HeartbeatEndpoint(
    DurableTaskClient client,
    ApplianceAuthenticator authenticator,
    HeartbeatIntake intake,
    HeartbeatLimits limits,
    TimeProvider time,
    ILogger<HeartbeatEndpoint> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsJson(request.ContentType))
        {
            return ApiProblems.UnsupportedMediaType(request.ContentType);
        }

        var key = request.Headers[ApplianceAuthenticator.Header].ToString();
        // The key is checked once, before the body is read; the appliance it belongs to is compared after parsing.
        if (authenticator.FindAppliance(key) is not { } owner)
        {
            return ApiProblems.Unauthorized(ApplianceAuthenticator.Header,
                string.IsNullOrEmpty(key) ? "The request carries no appliance key." : "The appliance key is not known.");
        }

        var body = await HttpBody.ReadAsync(request, limits.MaxBodyBytes, context.RequestAborted);
        if (body is null)
        {
            return ApiProblems.TooLarge(limits.MaxBodyBytes);
        }

        var receivedAt = time.GetUtcNow();
        var parsed = HeartbeatParser.Parse(body, receivedAt, limits);
        if (!parsed.IsValid)
        {
            return parsed.IsTooLarge
                ? ApiProblems.TooLarge(limits.MaxBodyBytes)
                : ApiProblems.InvalidBody("The heartbeat is not a valid repl-heartbeat/v1 document.", [.. parsed.Problems.Select(ProblemError.From)]);
        }

        var heartbeat = parsed.Heartbeat;
        if (ApplianceAuthenticator.Claim(owner, heartbeat.ApplianceId) != ApplianceAuthentication.Authenticated)
        {
            LogWrongAppliance(heartbeat.ApplianceId);
            return ApiProblems.Forbidden($"This key belongs to another appliance; it may not report for '{heartbeat.ApplianceId}'.");
        }

        return await AcceptAsync(heartbeat, receivedAt, context.RequestAborted);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || (contentType.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && contentType.Split(';')[0].EndsWith("+json", StringComparison.OrdinalIgnoreCase)));

    private async Task<IResult> AcceptAsync(Heartbeat heartbeat, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        HeartbeatReceipt receipt;
        try
        {
            receipt = await intake.TakeAsync(client, heartbeat, receivedAt, cancellationToken);
        }
        catch (HeartbeatRefusedException e)
        {
            LogRefused(heartbeat.ApplianceId, e.Message);
            return ApiProblems.TooLarge(limits.MaxBodyBytes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnavailable(heartbeat.ApplianceId, e.GetType().Name);
            return ApiProblems.Unavailable("The heartbeat could not be stored; nothing was taken. Send it again.");
        }

        LogOrder(heartbeat, receipt.Verdict);
        if (receipt.IsDuplicate)
        {
            return Results.Json(HeartbeatResponse.Repeat(receipt.Commands), ContractJson.Options, statusCode: StatusCodes.Status200OK);
        }

        LogAccepted(heartbeat.ApplianceId, heartbeat.Sequence, heartbeat.Vms.Count, receipt.Commands.Count);
        return Results.Json(HeartbeatResponse.Taken(receipt.Commands), ContractJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    private void LogOrder(Heartbeat heartbeat, HeartbeatVerdict verdict)
    {
        switch (verdict)
        {
            case HeartbeatVerdict.NewEpoch or HeartbeatVerdict.Restarted:
                LogNewOrder(heartbeat.ApplianceId, heartbeat.Epoch ?? "(none)", heartbeat.Sequence, verdict);
                break;
            case HeartbeatVerdict.Stale:
                LogStale(heartbeat.ApplianceId, heartbeat.Epoch ?? "(none)", heartbeat.Sequence);
                break;
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Debug, Message = "Heartbeat {Sequence} of {ApplianceId} accepted: {Vms} VMs, {Commands} commands handed back")]
    private partial void LogAccepted(string applianceId, long sequence, int vms, int commands);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "A key tried to report for appliance {ApplianceId}, which it does not belong to")]
    private partial void LogWrongAppliance(string applianceId);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Heartbeat of {ApplianceId} refused by the engine: {Reason}")]
    private partial void LogRefused(string applianceId, string reason);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information, Message = "Appliance {ApplianceId} starts a new order at sequence {Sequence} of epoch {Epoch} ({Verdict})")]
    private partial void LogNewOrder(string applianceId, string epoch, long sequence, HeartbeatVerdict verdict);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "Heartbeat {Sequence} of {ApplianceId} belongs to epoch {Epoch}, sent before the current order began: ignored. If this repeats, a second agent reports as this appliance")]
    private partial void LogStale(string applianceId, string epoch, long sequence);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Error, Message = "Heartbeat of {ApplianceId} could not be stored ({Error})")]
    private partial void LogUnavailable(string applianceId, string error);
}
