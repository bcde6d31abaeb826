namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>
/// An orchestrator: durable, replayed code that coordinates activities, timers, events and
/// sub-orchestrations through an <see cref="OrchestrationContext"/>.
/// </summary>
/// <typeparam name="TInput">The input, read from JSON with <see cref="DurableJson.Options"/>.</typeparam>
/// <typeparam name="TOutput">The output, written as JSON with <see cref="DurableJson.Options"/>.</typeparam>
/// <remarks>
/// <para>
/// <see cref="RunAsync"/> is run again from the start every time the instance makes progress: tasks
/// that finished earlier complete at once with the values recorded in history, so the code must take
/// the same path every time. It must be deterministic: time from
/// <see cref="OrchestrationContext.CurrentUtcDateTime"/>, ids from
/// <see cref="OrchestrationContext.NewGuid"/>, no I/O, no <c>Task.Run</c>, <c>Task.Delay</c>,
/// <c>ConfigureAwait(false)</c> or other awaits of tasks that the context did not create. All work
/// with effects belongs in activities.
/// </para>
/// <para>
/// A new instance is created (through the registered factory) for every episode, and instances may
/// run concurrently for different orchestration instances, so keep no state in fields.
/// </para>
/// </remarks>
public interface IOrchestrator<in TInput, TOutput>
{
    /// <summary>Runs the orchestration; returns its output.</summary>
    /// <param name="context">What the orchestration may do and know.</param>
    /// <param name="input">The input; <see langword="default"/> when the instance was started without one.</param>
    Task<TOutput> RunAsync(OrchestrationContext context, TInput input);
}
