namespace ReplOrchestrator.DurableTask.Abstractions;

public sealed partial class DurableTaskRegistry
{
    /// <summary>Registers an orchestrator; <paramref name="factory"/> makes a fresh one for every episode.</summary>
    /// <param name="name">The name (case-insensitive) that instances are started with.</param>
    /// <param name="factory">Creates the orchestrator.</param>
    /// <returns>This registry, for chaining.</returns>
    /// <exception cref="ArgumentException">The name is empty or already taken.</exception>
    public DurableTaskRegistry AddOrchestrator<TInput, TOutput>(string name, Func<IOrchestrator<TInput, TOutput>> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Add(_orchestrators, "orchestrator", name, new OrchestratorRegistration<TInput, TOutput>(name, factory));
        return this;
    }

    /// <summary>Registers an orchestrator written as a function.</summary>
    /// <param name="name">The name (case-insensitive) that instances are started with.</param>
    /// <param name="run">The orchestrator body; the rules of <see cref="IOrchestrator{TInput, TOutput}"/> apply.</param>
    /// <returns>This registry, for chaining.</returns>
    /// <exception cref="ArgumentException">The name is empty or already taken.</exception>
    public DurableTaskRegistry AddOrchestrator<TInput, TOutput>(string name, Func<OrchestrationContext, TInput, Task<TOutput>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var orchestrator = new FunctionOrchestrator<TInput, TOutput>(run);
        return AddOrchestrator(name, () => orchestrator);
    }

    private sealed class FunctionOrchestrator<TInput, TOutput>(Func<OrchestrationContext, TInput, Task<TOutput>> run)
        : IOrchestrator<TInput, TOutput>
    {
        public Task<TOutput> RunAsync(OrchestrationContext context, TInput input) => run(context, input);
    }
}
