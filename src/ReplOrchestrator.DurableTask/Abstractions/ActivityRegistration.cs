namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>A registered activity with its JSON input and output handling, so hosts deal only in JSON text.</summary>
internal abstract class ActivityRegistration
{
    public abstract Task<string?> RunAsync(ActivityContext context, string? serializedInput);
}

internal sealed class ActivityRegistration<TInput, TOutput>(Func<IActivity<TInput, TOutput>> factory) : ActivityRegistration
{
    public override async Task<string?> RunAsync(ActivityContext context, string? serializedInput)
    {
        var activity = factory();
        var output = await activity.RunAsync(context, DurableJson.Deserialize<TInput>(serializedInput)!).ConfigureAwait(false);
        return DurableJson.Serialize(output);
    }
}
