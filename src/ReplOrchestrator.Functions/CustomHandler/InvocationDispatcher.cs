using System.Text.Json;
using ReplOrchestrator.Functions.Manifest;
using ReplOrchestrator.Functions.Triggers;

namespace ReplOrchestrator.Functions.CustomHandler;

/// <summary>
/// Answers the host's <c>POST /{FunctionName}</c>: reads the envelope, hands it to the handler of the
/// function's kind, and writes <c>{Outputs, Logs, ReturnValue}</c> with the handler's status.
/// </summary>
internal sealed partial class InvocationDispatcher(FunctionCatalog catalog, IEnumerable<IInvocationHandler> handlers, ILogger<InvocationDispatcher> logger)
{
    private readonly Dictionary<FunctionKind, IInvocationHandler> _handlers = handlers.ToDictionary(h => h.Kind);

    public async Task HandleAsync(HttpContext context, string functionName)
    {
        var result = await DispatchAsync(context, functionName).ConfigureAwait(false);
        foreach (var line in result.Response.Logs)
        {
            LogInvocation(line);
        }

        context.Response.StatusCode = result.StatusCode;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, result.Response, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }

    private static HandlerResult Failure(int status, string message)
    {
        var response = new InvocationResponse();
        response.Logs.Add(message);
        return new HandlerResult(status, response);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        return buffer.ToArray();
    }

    private async Task<HandlerResult> DispatchAsync(HttpContext context, string functionName)
    {
        if (!catalog.TryGet(functionName, out var function))
        {
            return Failure(StatusCodes.Status404NotFound, $"No function named '{functionName}' is declared.");
        }

        if (!_handlers.TryGetValue(function.Kind, out var handler))
        {
            return Failure(StatusCodes.Status501NotImplemented, $"No handler serves {function.Kind} functions.");
        }

        InvocationRequest invocation;
        try
        {
            invocation = InvocationRequest.Parse(await ReadBodyAsync(context).ConfigureAwait(false));
        }
        catch (JsonException e)
        {
            var message = $"The invocation envelope is not JSON: {e.Message}";
            // An orchestration gets a reasoned FAILED completion even for an unreadable envelope.
            return function.Kind == FunctionKind.Orchestration
                ? OrchestrationTrigger.Answer(OrchestrationFailure.Response(string.Empty, OrchestrationFailure.MalformedRequestType, message))
                : Failure(StatusCodes.Status400BadRequest, message);
        }

        return await handler.InvokeAsync(function, invocation, context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "{Line}")]
    private partial void LogInvocation(string line);
}
