using System.Text.Json.Nodes;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.Functions.CustomHandler;
using ReplOrchestrator.Functions.Manifest;

namespace ReplOrchestrator.Functions.Triggers;

/// <summary>
/// Runs one activity for the Functions host. The input arrives as the trigger value (JSON text,
/// usually double-encoded) and again as <c>Metadata.data</c>; the output goes back as the return value.
/// </summary>
/// <remarks>
/// A failing activity is answered with a non-2xx status: that is the only failure signal the extension
/// reads from a custom handler (it records its own message, not ours), so the details also go to stdout.
/// </remarks>
internal sealed partial class ActivityTrigger(IActivityInvoker invoker, InvocationDurableClient durableClient, ILogger<ActivityTrigger> logger) : IInvocationHandler
{
    /// <inheritdoc />
    public FunctionKind Kind => FunctionKind.Activity;

    /// <inheritdoc />
    public async Task<HandlerResult> InvokeAsync(FunctionDefinition function, InvocationRequest invocation, CancellationToken cancellationToken)
    {
        var instanceId = invocation.Metadata.TryGetValue("instanceId", out var id) ? BindingValue.ReadText(id) ?? string.Empty : string.Empty;
        var input = invocation.Data.TryGetValue(function.TriggerBinding, out var value)
            ? BindingValue.ReadJson(value)
            : invocation.Metadata.TryGetValue("data", out var data) ? BindingValue.ReadJson(data) : null;

        if (invocation.Data.TryGetValue("starter", out var starter))
        {
            durableClient.Accept(DurableClient.DurableClientBinding.Parse(starter));
        }

        var outputs = InvocationOutputs.Begin();
        var result = await invoker.InvokeAsync(new ActivityInvocation(function.Name, instanceId, -1, input), cancellationToken).ConfigureAwait(false);
        var response = new InvocationResponse();
        if (result.Failure is { } failure)
        {
            response.Logs.Add($"{function.Name} {instanceId}: failed: {failure}");
            LogActivityFailed(function.Name, instanceId, failure.ToString());
            return new HandlerResult(StatusCodes.Status500InternalServerError, response);
        }

        // Output bindings are sent only when the invocation succeeds, so a failed attempt publishes nothing.
        outputs.CopyTo(response);
        response.ReturnValue = result.SerializedOutput is null ? null : JsonNode.Parse(result.SerializedOutput);
        return new HandlerResult(StatusCodes.Status200OK, response);
    }

    [LoggerMessage(EventId = 7003, Level = LogLevel.Warning, Message = "Activity {Function} for {InstanceId} failed: {Failure}")]
    private partial void LogActivityFailed(string function, string instanceId, string failure);
}
