using Microsoft.DurableTask;
using Microsoft.DurableTask.Converters;

namespace ReplOrchestrator.Engine;

/// <summary>How a <see cref="DurableEngine"/> stores its task hub, how much it runs at once, and how its client serializes.</summary>
/// <remarks>
/// One engine process owns a database file at a time: a second engine on the same file refuses to
/// start. Every default below is what the local host runs with. The engine takes a copy when it is
/// built: changing an instance afterwards changes nothing.
/// </remarks>
public sealed record EngineOptions
{
    /// <summary>The <see cref="DatabasePath"/> value for a private in-memory database that lives as long as the engine.</summary>
    public const string InMemory = ":memory:";

    /// <summary>The longest instance id accepted, in UTF-16 characters (the Durable extension's limit).</summary>
    public const int MaxInstanceIdLength = 256;

    /// <summary>The longest orchestrator, activity or event name accepted, in UTF-16 characters.</summary>
    public const int MaxNameLength = 256;

    /// <summary>The SQLite file that holds the task hub, or <see cref="InMemory"/>.</summary>
    /// <value>Required. The file and its folder are created when missing.</value>
    public required string DatabasePath { get; set; }

    /// <summary>How many orchestration episodes may run at once (never two of the same instance).</summary>
    /// <value>
    /// Defaults to 16. Workers are asynchronous loops, not threads; more of them put more changes in
    /// each group commit, which is what a durable commit's cost is shared by.
    /// </value>
    public int OrchestrationWorkers { get; set; } = 16;

    /// <summary>How many activities may run at once.</summary>
    /// <value>Defaults to 32: activities mostly wait on I/O.</value>
    public int ActivityWorkers { get; set; } = 32;

    /// <summary>
    /// How long a worker holds a work item before another worker may take it over, unless it renews
    /// the lock. A running activity renews its lock every third of this, so only a worker that is
    /// stuck or gone loses it; an episode (expected to take well under this) does not renew, and its
    /// commit after a takeover fails with <see cref="WorkItemLockLostException"/> and changes nothing.
    /// </summary>
    /// <value>Defaults to 2 minutes. Locks left by a process that died are released when the next engine opens the file.</value>
    public TimeSpan LockTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long an activity may run. At this point its cancellation token is cancelled, the engine
    /// stops waiting for it, and its task fails with <see cref="Runtime.EngineFailureTypes.ActivityTimedOut"/>:
    /// a hung activity frees its worker and its orchestration can react.
    /// </summary>
    /// <value>Defaults to 10 minutes (the Functions Consumption plan's longest function timeout).</value>
    public TimeSpan ActivityTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How many times an activity whose invocation could not happen (the invoker threw) is tried
    /// before its task fails with <see cref="Runtime.EngineFailureTypes.InvocationFailed"/>. Between
    /// tries the engine waits 1, 2, 4, … seconds (at most 5 minutes). An activity that ran and failed
    /// is not retried by the engine: the orchestration gets TaskFailed at once.
    /// </summary>
    /// <value>Defaults to 10.</value>
    public int MaxActivityAttempts { get; set; } = 10;

    /// <summary>The largest payload accepted (input, output, event data, custom status), in bytes of UTF-8 JSON.</summary>
    /// <value>Defaults to 1 MiB, the Durable Task Scheduler's limit.</value>
    public int MaxPayloadBytes { get; set; } = 1024 * 1024;

    /// <summary>The most inbox messages one episode takes; the rest wait for the next episode.</summary>
    /// <value>Defaults to 1,000.</value>
    public int MaxEventsPerEpisode { get; set; } = 1000;

    /// <summary>The most state changes committed in one SQLite transaction (group commit).</summary>
    /// <value>Defaults to 256. Changes that arrive while a commit is being written share the next one.</value>
    public int MaxCommitBatch { get; set; } = 256;

    /// <summary>
    /// Whether every commit waits until SQLite has flushed it to the disk (<c>synchronous=FULL</c>).
    /// Off (<c>synchronous=NORMAL</c>), a commit survives a crash of the process but may be lost when
    /// the machine loses power.
    /// </summary>
    /// <value>Defaults to <see langword="true"/>.</value>
    public bool FlushEachCommit { get; set; } = true;

    /// <summary>
    /// How the engine's <see cref="DurableEngine.Client"/> serializes inputs, event payloads and termination
    /// output, and how the <see cref="Microsoft.DurableTask.Client.OrchestrationMetadata"/> it returns reads
    /// payloads back (<c>ReadOutputAs</c>, <c>ReadCustomStatusAs</c>). It must agree with the converter the
    /// orchestrations and activities use.
    /// </summary>
    /// <value>
    /// Defaults to <see cref="JsonDataConverter.Default"/>. Under <c>UseEmbeddedEngine</c> it is always the
    /// worker's <see cref="Microsoft.DurableTask.Worker.DurableTaskWorkerOptions.DataConverter"/>, so one
    /// <c>Configure(o =&gt; o.DataConverter = …)</c> on the worker builder serves orchestrations, activities and client.
    /// </value>
    public DataConverter DataConverter { get; set; } = JsonDataConverter.Default;

    /// <summary>True when the task hub lives in memory.</summary>
    public bool IsInMemory => string.Equals(DatabasePath, InMemory, StringComparison.Ordinal);

    /// <summary>Throws when an option is out of range.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(DatabasePath, nameof(DatabasePath));
        ArgumentNullException.ThrowIfNull(DataConverter, nameof(DataConverter));
        ArgumentOutOfRangeException.ThrowIfLessThan(OrchestrationWorkers, 1, nameof(OrchestrationWorkers));
        ArgumentOutOfRangeException.ThrowIfLessThan(ActivityWorkers, 1, nameof(ActivityWorkers));
        ArgumentOutOfRangeException.ThrowIfLessThan(LockTimeout, TimeSpan.FromSeconds(1), nameof(LockTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(ActivityTimeout, TimeSpan.FromSeconds(1), nameof(ActivityTimeout));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxActivityAttempts, 1, nameof(MaxActivityAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPayloadBytes, 1024, nameof(MaxPayloadBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEventsPerEpisode, 1, nameof(MaxEventsPerEpisode));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCommitBatch, 1, nameof(MaxCommitBatch));
    }
}
