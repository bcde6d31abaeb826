namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>
/// An activity: the unit of real work (I/O, clocks, randomness) that orchestrations schedule.
/// </summary>
/// <typeparam name="TInput">The input, read from JSON with <see cref="DurableJson.Options"/>.</typeparam>
/// <typeparam name="TOutput">The output, written as JSON with <see cref="DurableJson.Options"/>.</typeparam>
/// <remarks>
/// Activities run at least once: after a crash, an activity that ran may run again, so its effect
/// must be safe to repeat. An exception thrown here fails the scheduled task with its details; the
/// orchestration sees a <see cref="TaskFailedException"/> and may retry through a
/// <see cref="RetryPolicy"/>. Inputs and outputs are stored in history: pass references, not bulk data.
/// </remarks>
public interface IActivity<in TInput, TOutput>
{
    /// <summary>Runs the activity; returns its output.</summary>
    /// <param name="context">Which invocation this is, and its cancellation.</param>
    /// <param name="input">The input; <see langword="default"/> when the orchestration passed none.</param>
    Task<TOutput> RunAsync(ActivityContext context, TInput input);
}
