namespace ReplOrchestrator.DurableTask.Abstractions;

public sealed partial class DurableTaskRegistry
{
    /// <summary>Registers an activity; <paramref name="factory"/> makes one for every invocation.</summary>
    /// <param name="name">The name (case-insensitive) that orchestrations schedule it by.</param>
    /// <param name="factory">Creates the activity; a closure over the host's services is the way to give it dependencies.</param>
    /// <returns>This registry, for chaining.</returns>
    /// <exception cref="ArgumentException">The name is empty or already taken.</exception>
    public DurableTaskRegistry AddActivity<TInput, TOutput>(string name, Func<IActivity<TInput, TOutput>> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Add(_activities, "activity", name, new ActivityRegistration<TInput, TOutput>(factory));
        return this;
    }

    /// <summary>Registers an activity written as a function.</summary>
    /// <param name="name">The name (case-insensitive) that orchestrations schedule it by.</param>
    /// <param name="run">The activity body; the rules of <see cref="IActivity{TInput, TOutput}"/> apply.</param>
    /// <returns>This registry, for chaining.</returns>
    /// <exception cref="ArgumentException">The name is empty or already taken.</exception>
    public DurableTaskRegistry AddActivity<TInput, TOutput>(string name, Func<ActivityContext, TInput, Task<TOutput>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var activity = new FunctionActivity<TInput, TOutput>(run);
        return AddActivity(name, () => activity);
    }

    private sealed class FunctionActivity<TInput, TOutput>(Func<ActivityContext, TInput, Task<TOutput>> run)
        : IActivity<TInput, TOutput>
    {
        public Task<TOutput> RunAsync(ActivityContext context, TInput input) => run(context, input);
    }
}
