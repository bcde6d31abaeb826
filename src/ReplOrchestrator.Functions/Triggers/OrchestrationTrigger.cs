using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.Functions.CustomHandler;
using ReplOrchestrator.Functions.Manifest;

namespace ReplOrchestrator.Functions.Triggers;

/// <summary>
/// Runs one orchestration episode for the Functions host: decodes the double-encoded base64
/// <see cref="OrchestratorRequest"/>, runs the orchestrator, and returns the base64
/// <see cref="OrchestratorResponse"/> as the trigger's return value.
/// </summary>
/// <remarks>
/// Always answers 200: the extension permanently fails an orchestration on any non-2xx answer and
/// keeps no reason, so every failure is reported as a FAILED completion action that carries one.
/// </remarks>
internal sealed class OrchestrationTrigger(IOrchestrationInvoker invoker) : IInvocationHandler
{
    /// <inheritdoc />
    public FunctionKind Kind => FunctionKind.Orchestration;

    /// <summary>The 200 answer carrying an orchestrator response as the trigger's return value.</summary>
    public static HandlerResult Answer(OrchestratorResponse orchestratorResponse, InvocationResponse? response = null)
    {
        response ??= new InvocationResponse();
        response.ReturnValue = JsonValue.Create(Convert.ToBase64String(orchestratorResponse.ToByteArray()));
        return new HandlerResult(StatusCodes.Status200OK, response);
    }

    /// <inheritdoc />
    public async Task<HandlerResult> InvokeAsync(FunctionDefinition function, InvocationRequest invocation, CancellationToken cancellationToken)
    {
        var response = new InvocationResponse();
        var orchestratorResponse = await RunAsync(function, invocation, response.Logs, cancellationToken).ConfigureAwait(false);
        return Answer(orchestratorResponse, response);
    }

    private async Task<OrchestratorResponse> RunAsync(FunctionDefinition function, InvocationRequest invocation, List<string> logs, CancellationToken cancellationToken)
    {
        OrchestratorRequest request;
        try
        {
            request = Decode(invocation, function.TriggerBinding);
        }
        catch (Exception e) when (e is FormatException or InvalidProtocolBufferException or JsonException)
        {
            logs.Add($"{function.Name}: unreadable orchestration request: {e.Message}");
            return OrchestrationFailure.Response(string.Empty, OrchestrationFailure.MalformedRequestType, $"The orchestration request could not be read: {e.Message}");
        }

        var result = await invoker.InvokeAsync(function.Name, request, cancellationToken).ConfigureAwait(false);
        logs.Add($"{function.Name} {request.InstanceId}: {request.PastEvents.Count} past and {request.NewEvents.Count} new events, {result.Actions.Count} actions");
        return result;
    }

    private static OrchestratorRequest Decode(InvocationRequest invocation, string bindingName)
    {
        if (!invocation.Data.TryGetValue(bindingName, out var value))
        {
            throw new FormatException($"the invocation has no '{bindingName}' value");
        }

        var base64 = BindingValue.ReadText(value);
        if (string.IsNullOrEmpty(base64))
        {
            throw new FormatException($"the '{bindingName}' value is empty");
        }

        return OrchestratorRequest.Parser.ParseFrom(Convert.FromBase64String(base64));
    }
}
