using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ReplOrchestrator.Functions.Manifest;
using ReplOrchestrator.Functions.Triggers;

namespace ReplOrchestrator.Functions.CustomHandler;

/// <summary>
/// Answers the host's <c>POST /{FunctionName}</c>: reads the envelope, hands it to the trigger the
/// function declares, and writes <c>{Outputs, Logs, ReturnValue}</c>.
/// </summary>
internal sealed partial class InvocationDispatcher(
    FunctionCatalog catalog,
    OrchestrationTrigger orchestrations,
    ActivityTrigger activities,
    IEnumerable<IInvocationHandler> otherHandlers,
    ILogger<InvocationDispatcher> logger)
{
    private readonly Dictionary<FunctionKind, IInvocationHandler> _handlers = otherHandlers.ToDictionary(h => h.Kind);

    public async Task HandleAsync(HttpContext context, string functionName)
    {
        if (!catalog.TryGet(functionName, out var function))
        {
            await WriteAsync(context, StatusCodes.Status404NotFound, Failure($"No function named '{functionName}' is declared.")).ConfigureAwait(false);
            return;
        }

        InvocationRequest invocation;
        try
        {
            invocation = InvocationRequest.Parse(await ReadBodyAsync(context).ConfigureAwait(false));
        }
        catch (JsonException e)
        {
            if (function.Kind == FunctionKind.Orchestration)
            {
                // Even an unreadable envelope gets a reasoned FAILED completion rather than a bare 400.
                var failed = OrchestrationFailure.Response(string.Empty, OrchestrationFailure.MalformedRequestType, $"The invocation envelope is not JSON: {e.Message}");
                var response = new InvocationResponse { ReturnValue = Convert.ToBase64String(Google.Protobuf.MessageExtensions.ToByteArray(failed)) };
                await WriteAsync(context, StatusCodes.Status200OK, response).ConfigureAwait(false);
                return;
            }

            await WriteAsync(context, StatusCodes.Status400BadRequest, Failure($"The invocation envelope is not JSON: {e.Message}")).ConfigureAwait(false);
            return;
        }

        switch (function.Kind)
        {
            case FunctionKind.Orchestration:
                await WriteAsync(context, StatusCodes.Status200OK, await orchestrations.InvokeAsync(function, invocation, context.RequestAborted).ConfigureAwait(false)).ConfigureAwait(false);
                break;
            case FunctionKind.Activity:
                var outcome = await activities.InvokeAsync(function, invocation, context.RequestAborted).ConfigureAwait(false);
                if (outcome.Failure is not null)
                {
                    LogActivityFailed(function.Name, outcome.Failure);
                }

                await WriteAsync(context, outcome.Failure is null ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError, outcome.Response).ConfigureAwait(false);
                break;
            default:
                if (!_handlers.TryGetValue(function.Kind, out var handler))
                {
                    await WriteAsync(context, StatusCodes.Status501NotImplemented, Failure($"No handler serves {function.Kind} functions.")).ConfigureAwait(false);
                    return;
                }

                var result = await handler.InvokeAsync(function, invocation, context.RequestAborted).ConfigureAwait(false);
                await WriteAsync(context, result.StatusCode, result.Response).ConfigureAwait(false);
                break;
        }
    }

    private static InvocationResponse Failure(string message)
    {
        var response = new InvocationResponse();
        response.Logs.Add(message);
        return response;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private async Task WriteAsync(HttpContext context, int status, InvocationResponse response)
    {
        foreach (var line in response.Logs)
        {
            LogInvocation(line);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, response, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "{Line}")]
    private partial void LogInvocation(string line);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Activity {Function} failed: {Failure}")]
    private partial void LogActivityFailed(string function, string failure);
}
