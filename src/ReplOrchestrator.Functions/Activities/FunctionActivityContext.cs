using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace ReplOrchestrator.Functions.Activities;

/// <summary>The activity context of an activity function invocation: its name and the orchestration instance that scheduled it.</summary>
internal sealed class FunctionActivityContext(FunctionContext function) : TaskActivityContext
{
    /// <inheritdoc />
    public override TaskName Name { get; } = new(function.FunctionDefinition.Name);

    /// <inheritdoc />
    /// <remarks>The Durable extension passes the scheduling instance's id in the trigger's binding data.</remarks>
    public override string InstanceId { get; } =
        function.BindingContext.BindingData.TryGetValue("instanceId", out var id) ? id?.ToString() ?? string.Empty : string.Empty;
}
