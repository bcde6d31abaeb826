using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>
/// What an orchestrator may do and know. Every method records an action in the orchestration's
/// history; on replay, the recorded results come back instead of the work being done again.
/// </summary>
/// <remarks>
/// <para>
/// Call members only from the orchestrator's own code path (never from <c>Task.Run</c> or after
/// <c>ConfigureAwait(false)</c>); a call from another thread throws
/// <see cref="InvalidOperationException"/>. Each scheduling call (activity, sub-orchestration, timer,
/// send-event) takes the next sequence number, so the order of calls is part of the history: change
/// it and in-flight instances fail as non-deterministic.
/// </para>
/// <para>
/// The tasks returned here compose with <see cref="Task.WhenAll(Task[])"/> and
/// <see cref="Task.WhenAny(Task[])"/> as usual: fan out activities and join them, or race a timer
/// against an event. When several tasks are ready at once, <c>WhenAny</c> picks the first in
/// argument order, which replays the same way.
/// </para>
/// <para>
/// Payloads (inputs, outputs, event data, custom status) are JSON written with
/// <see cref="DurableJson.Options"/> and stored in history: keep them small.
/// </para>
/// </remarks>
public abstract class OrchestrationContext
{
    /// <summary>
    /// The longest single durable timer. A longer <see cref="CreateTimer(DateTimeOffset, CancellationToken)"/>
    /// is made of consecutive timers of at most this length, each starting when the previous one fired.
    /// </summary>
    /// <value>
    /// Three days: Azure Storage queues, which carry the Functions host's timers, cannot delay a message
    /// by more than seven. Fixed, never configurable: the split is part of the history, and a different
    /// interval would make in-flight instances fail as non-deterministic.
    /// </value>
    public static TimeSpan MaximumTimerInterval { get; } = TimeSpan.FromDays(3);

    /// <summary>The orchestration instance id.</summary>
    public abstract string InstanceId { get; }

    /// <summary>The orchestrator's registered name.</summary>
    public abstract string Name { get; }

    /// <summary>The instance id of the orchestration that started this one as a sub-orchestration, or <see langword="null"/>.</summary>
    public abstract string? ParentInstanceId { get; }

    /// <summary>
    /// The orchestration's current time: when the episode being replayed or run started, as recorded
    /// in history. Use it instead of any clock; it is the same value on every replay of the same
    /// point. The offset is always zero.
    /// </summary>
    public abstract DateTimeOffset CurrentUtcDateTime { get; }

    /// <summary>
    /// True while the code is re-running a part of the orchestration that already ran (history is
    /// being replayed); false once it runs past history for the first time. Guard side effects that
    /// should happen once, such as logging, with it, or use <see cref="CreateReplaySafeLogger(string)"/>.
    /// </summary>
    public abstract bool IsReplaying { get; }

    /// <summary>Schedules an activity and returns its output.</summary>
    /// <typeparam name="TResult">The output type, read from JSON with <see cref="DurableJson.Options"/>.</typeparam>
    /// <param name="name">The activity's registered name (case-insensitive).</param>
    /// <param name="input">The input, written as JSON; <see langword="null"/> for none.</param>
    /// <param name="retry">Retries a failed activity after durable waits; <see langword="null"/> for none.</param>
    /// <returns>A task that completes with the activity's output (activities run at least once).</returns>
    /// <exception cref="TaskFailedException">Thrown at the await when the activity (or its last retry) failed.</exception>
    public abstract Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, RetryPolicy? retry = null);

    /// <summary>Schedules an activity whose output is not needed.</summary>
    /// <inheritdoc cref="CallActivityAsync{TResult}(string, object?, RetryPolicy?)"/>
    public virtual Task CallActivityAsync(string name, object? input = null, RetryPolicy? retry = null) =>
        CallActivityAsync<object>(name, input, retry);

    /// <summary>Starts a sub-orchestration and returns its output.</summary>
    /// <typeparam name="TResult">The output type, read from JSON with <see cref="DurableJson.Options"/>.</typeparam>
    /// <param name="name">The orchestrator's registered name (case-insensitive).</param>
    /// <param name="input">The input, written as JSON; <see langword="null"/> for none.</param>
    /// <param name="options">The child's instance id and retry policy; <see langword="null"/> for a generated id and no retries.</param>
    /// <returns>A task that completes when the child completes.</returns>
    /// <exception cref="TaskFailedException">Thrown at the await when the child (or its last retry) failed.</exception>
    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(string name, object? input = null, SubOrchestrationOptions? options = null);

    /// <summary>Starts a sub-orchestration whose output is not needed.</summary>
    /// <inheritdoc cref="CallSubOrchestratorAsync{TResult}(string, object?, SubOrchestrationOptions?)"/>
    public virtual Task CallSubOrchestratorAsync(string name, object? input = null, SubOrchestrationOptions? options = null) =>
        CallSubOrchestratorAsync<object>(name, input, options);

    /// <summary>Creates a durable timer that fires at <paramref name="fireAt"/>.</summary>
    /// <param name="fireAt">When it fires; a time at or before <see cref="CurrentUtcDateTime"/> fires at the next episode.</param>
    /// <param name="cancellationToken">
    /// Cancels the wait: the task becomes cancelled, and a timer not yet recorded in history is never
    /// created. Cancel it when a race is decided, so the losing timer does not linger.
    /// </param>
    /// <remarks>Timers longer than <see cref="MaximumTimerInterval"/> are split into several.</remarks>
    public abstract Task CreateTimer(DateTimeOffset fireAt, CancellationToken cancellationToken = default);

    /// <summary>Creates a durable timer that fires <paramref name="delay"/> after <see cref="CurrentUtcDateTime"/>.</summary>
    /// <inheritdoc cref="CreateTimer(DateTimeOffset, CancellationToken)"/>
    public virtual Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken = default) =>
        CreateTimer(CurrentUtcDateTime + delay, cancellationToken);

    /// <summary>Waits for an external event and returns its data.</summary>
    /// <typeparam name="T">The data type, read from JSON with <see cref="DurableJson.Options"/>.</typeparam>
    /// <param name="eventName">The event name (case-insensitive).</param>
    /// <param name="cancellationToken">Stops waiting: the task becomes cancelled and the next event of that name goes to the next waiter.</param>
    /// <remarks>
    /// Events that arrive while nobody waits for their name are kept, first in first out, and each
    /// completes exactly one wait. Waiters for the same name are served in the order they started
    /// waiting, so a wait that is abandoned without being cancelled still takes the next event:
    /// cancel the token of a wait that lost a race, or use the overload with a timeout.
    /// </remarks>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>Waits for an external event for at most <paramref name="timeout"/>.</summary>
    /// <param name="eventName">The event name (case-insensitive).</param>
    /// <param name="timeout">
    /// How long to wait, measured with a durable timer; <see cref="TimeSpan.Zero"/> takes only an
    /// event that already arrived; <see cref="Timeout.InfiniteTimeSpan"/> waits without a timer.
    /// </param>
    /// <param name="cancellationToken">Stops waiting; the task becomes cancelled.</param>
    /// <exception cref="TimeoutException">Thrown at the await when no event arrived in time.</exception>
    /// <inheritdoc cref="WaitForExternalEvent{T}(string, CancellationToken)"/>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Sends an event to another orchestration instance (fire and forget; dropped if the instance does not exist).</summary>
    /// <param name="instanceId">The receiving instance.</param>
    /// <param name="eventName">The event name.</param>
    /// <param name="payload">The data, written as JSON; <see langword="null"/> for none.</param>
    public abstract void SendEvent(string instanceId, string eventName, object? payload);

    /// <summary>
    /// Restarts the orchestration with a new input and an empty history once the orchestrator
    /// returns (its return value is then ignored). Keeps eternal orchestrations' histories short.
    /// </summary>
    /// <param name="newInput">The next generation's input, written as JSON.</param>
    /// <param name="preserveUnprocessedEvents">
    /// When <see langword="true"/> (the default), external events that arrived but were not consumed,
    /// and events that arrive later in the same episode, are handed to the next generation in order.
    /// </param>
    /// <remarks>Results of tasks still running are lost; activities already scheduled still run.</remarks>
    public abstract void ContinueAsNew(object? newInput, bool preserveUnprocessedEvents = true);

    /// <summary>
    /// Sets the status that clients read (<see cref="OrchestrationMetadata.SerializedCustomStatus"/>),
    /// written as JSON now. Published at the end of each episode; <see langword="null"/> clears it.
    /// </summary>
    public abstract void SetCustomStatus(object? customStatus);

    /// <summary>
    /// A new GUID that is the same on every replay: a name-based (version 5) UUID over the instance
    /// id, <see cref="CurrentUtcDateTime"/> and a per-execution counter.
    /// </summary>
    public abstract Guid NewGuid();

    /// <summary>A logger that writes nothing while <see cref="IsReplaying"/> is true, so each message appears once.</summary>
    /// <param name="categoryName">The logger category.</param>
    public abstract ILogger CreateReplaySafeLogger(string categoryName);

    /// <summary>A replay-safe logger whose category is <typeparamref name="T"/>'s full name.</summary>
    /// <inheritdoc cref="CreateReplaySafeLogger(string)"/>
    public ILogger CreateReplaySafeLogger<T>() => CreateReplaySafeLogger(typeof(T).FullName ?? typeof(T).Name);
}
