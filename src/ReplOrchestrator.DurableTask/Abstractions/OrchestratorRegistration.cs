namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>A registered orchestrator with its JSON input and output handling, so replay deals only in JSON text.</summary>
internal abstract class OrchestratorRegistration(string name)
{
    public string Name { get; } = name;

    public abstract Task<string?> RunAsync(OrchestrationContext context, string? serializedInput);
}

internal sealed class OrchestratorRegistration<TInput, TOutput>(string name, Func<IOrchestrator<TInput, TOutput>> factory)
    : OrchestratorRegistration(name)
{
    public override async Task<string?> RunAsync(OrchestrationContext context, string? serializedInput)
    {
        var orchestrator = factory();

        // No ConfigureAwait(false): the continuation must run on the replay thread, like the user's code.
        var output = await orchestrator.RunAsync(context, DurableJson.Deserialize<TInput>(serializedInput)!);
        return DurableJson.Serialize(output);
    }
}
