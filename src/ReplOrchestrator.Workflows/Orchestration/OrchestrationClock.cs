using Microsoft.DurableTask;

namespace ReplOrchestrator.Workflows.Orchestration;

/// <summary>The orchestration's time as the workflows' domain types hold it.</summary>
internal static class OrchestrationClock
{
    /// <summary>
    /// <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/> with offset zero: when the episode being run
    /// started, as recorded in history, so the same value on every replay of the same point.
    /// </summary>
    /// <remarks>The one place the SDK's UTC <see cref="DateTime"/> meets the domain's <see cref="DateTimeOffset"/>.</remarks>
    public static DateTimeOffset Now(this TaskOrchestrationContext context) => new(context.CurrentUtcDateTime, TimeSpan.Zero);
}
