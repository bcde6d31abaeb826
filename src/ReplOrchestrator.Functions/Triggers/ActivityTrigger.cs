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
internal sealed class ActivityTrigger(IActivityInvoker invoker)
{
    public async Task<ActivityOutcome> InvokeAsync(FunctionDefinition function, InvocationRequest invocation, CancellationToken cancellationToken)
    {
        var instanceId = invocation.Metadata.TryGetValue("instanceId", out var id) ? BindingValue.ReadText(id) ?? string.Empty : string.Empty;
        var input = invocation.Data.TryGetValue(function.TriggerBinding, out var value)
            ? BindingValue.ReadJson(value)
            : invocation.Metadata.TryGetValue("data", out var data) ? BindingValue.ReadJson(data) : null;

        var result = await invoker.InvokeAsync(new ActivityInvocation(function.Name, instanceId, -1, input), cancellationToken).ConfigureAwait(false);
        var response = new InvocationResponse();
        if (result.Failure is { } failure)
        {
            response.Logs.Add($"{function.Name} {instanceId}: failed: {failure}");
            return new ActivityOutcome(response, failure.ToString());
        }

        response.ReturnValue = result.SerializedOutput is null ? null : JsonNode.Parse(result.SerializedOutput);
        return new ActivityOutcome(response, null);
    }
}

/// <summary>The activity's answer, and why it failed when it did.</summary>
internal sealed record ActivityOutcome(InvocationResponse Response, string? Failure);
