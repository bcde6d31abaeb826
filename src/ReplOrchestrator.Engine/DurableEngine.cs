using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReplOrchestrator.Engine.Hosting;
using ReplOrchestrator.Engine.Storage;
using ReplOrchestrator.Engine.Workers;

namespace ReplOrchestrator.Engine;

/// <summary>
/// The embedded durable engine: a Durable Task hub in one SQLite file that runs orchestrations through
/// an <see cref="IOrchestrationInvoker"/> (the Durable Task protocol, as the Azure Functions Durable
/// extension speaks it) and activities through an <see cref="IActivityInvoker"/>. Hosts build it with
/// <see cref="EmbeddedEngineExtensions.UseEmbeddedEngine"/>, which runs Microsoft's Durable Task SDK on it.
/// </summary>
/// <remarks>
/// <para>Guarantees: whatever a <see cref="Client"/> call accepted is committed before the call returns
/// and survives a crash; each episode's state change (history, inbox, outbox) is committed exactly
/// once; activities run at least once; an instance is never processed by two workers at once; timers
/// fire after a restart as they would have without it.</para>
/// <para>Two ways to run it. Hosts call <see cref="StartAsync"/>: workers and the timer scheduler run in
/// the background until <see cref="StopAsync"/>. Tests leave it stopped and call
/// <see cref="RunUntilIdleAsync"/>, which does all work ready at the current time, deterministically,
/// on the caller's task.</para>
/// <para>The database opens on first use (any client call, <see cref="StartAsync"/> or
/// <see cref="RunUntilIdleAsync"/>); opening throws <see cref="IncompatibleDatabaseException"/> for a
/// file it must not use.</para>
/// </remarks>
public sealed partial class DurableEngine : IAsyncDisposable
{
    private readonly EngineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SqliteEngineStore _store;
    private readonly EngineSignals _signals;
    private readonly InstanceWaiters _waiters = new();
    private readonly OrchestrationDispatcher _orchestrations;
    private readonly ActivityDispatcher _activities;
    private readonly TimerScheduler _timers;
    private readonly Lock _gate = new();
    private Task? _opening;
    private CancellationTokenSource? _stopping;
    private Task? _running;
    private bool _disposed;

    /// <summary>Builds an engine; nothing is opened or started yet.</summary>
    /// <param name="options">Where the task hub lives and how much runs at once.</param>
    /// <param name="orchestrations">Runs orchestration episodes.</param>
    /// <param name="activities">Runs activities.</param>
    /// <param name="timeProvider">The clock for timers, locks and event timestamps; <see cref="TimeProvider.System"/> when omitted.</param>
    /// <param name="logger">Where the engine logs; nowhere when omitted.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public DurableEngine(
        EngineOptions options,
        IOrchestrationInvoker orchestrations,
        IActivityInvoker activities,
        TimeProvider? timeProvider = null,
        ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(orchestrations);
        ArgumentNullException.ThrowIfNull(activities);
        options.Validate();
        options = options with { };
        _options = options;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        _signals = new EngineSignals(options);
        _store = new SqliteEngineStore(options, _time, _logger);
        _orchestrations = new OrchestrationDispatcher(_store, orchestrations, options, _time, _signals, _waiters, _logger);
        _activities = new ActivityDispatcher(_store, activities, options, _time, _signals, _logger);
        _timers = new TimerScheduler(_store, _time, _signals, _logger);
        Client = new EngineClient(_store, orchestrations, options, _time, _signals, _waiters, EnsureOpenAsync);
    }

    /// <summary>
    /// The in-process durable client. Its calls return once what they changed is committed; it
    /// serializes payloads with <see cref="EngineOptions.DataConverter"/>.
    /// </summary>
    public DurableTaskClient Client { get; }

    /// <summary>True while background workers run (between <see cref="StartAsync"/> and <see cref="StopAsync"/>).</summary>
    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _running is not null;
            }
        }
    }

    /// <summary>
    /// Opens the database and starts the background workers and timer scheduler. Every instance and
    /// timer persisted by an earlier run resumes.
    /// </summary>
    /// <exception cref="IncompatibleDatabaseException">The database file cannot be used.</exception>
    /// <exception cref="InvalidOperationException">The engine is already running.</exception>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_running is not null)
            {
                throw new InvalidOperationException("The engine is already running.");
            }

            _stopping = new CancellationTokenSource();
            _running = Task.WhenAll(StartWorkers(_stopping.Token));
        }

        Log.Started(_logger, _options.IsInMemory ? "memory" : _options.DatabasePath, _options.OrchestrationWorkers, _options.ActivityWorkers);
    }

    /// <summary>
    /// Stops the background workers: running episodes finish, running activities are cancelled and
    /// will run again on the next start. Returns when every worker has stopped, or when
    /// <paramref name="cancellationToken"/> is cancelled. The database stays open for the client.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        Task? running;
        lock (_gate)
        {
            running = _running;
            _stopping?.Cancel();
        }

        if (running is null)
        {
            return;
        }

        await running.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _stopping?.Dispose();
            _stopping = null;
            _running = null;
        }

        Log.Stopped(_logger);
    }

    /// <summary>Stops the workers and closes the database (a file database is checkpointed first).</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        await StopAsync().ConfigureAwait(false);
        await _store.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Reads an instance's current execution history, oldest first (empty for an unknown instance).</summary>
    public async Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        return await _store.GetHistoryAsync(instanceId).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens the database now rather than at the first client call or <see cref="StartAsync"/>, so a host can
    /// refuse a file it must not use before it starts anything else. Opening twice opens once.
    /// </summary>
    /// <exception cref="IncompatibleDatabaseException">The database file cannot be used.</exception>
    public Task OpenAsync(CancellationToken cancellationToken = default) => EnsureOpenAsync(cancellationToken);

    // Every caller shares one opening, so one caller's cancellation must not cancel it for the rest.
    private Task EnsureOpenAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _opening ??= _store.OpenAsync(CancellationToken.None);
            return _opening.WaitAsync(cancellationToken);
        }
    }

    private IEnumerable<Task> StartWorkers(CancellationToken stopping)
    {
        // Idle workers look again after half a lock timeout, to take over items whose owner got stuck.
        var idleCheck = _options.LockTimeout / 2;
        var pools = new (string Name, int Count, Func<CancellationToken, Task<bool>> ProcessNext, WorkSignal Signal)[]
        {
            ("orchestration", _options.OrchestrationWorkers, _orchestrations.ProcessNextAsync, _signals.Orchestrations),
            ("activity", _options.ActivityWorkers, _activities.ProcessNextAsync, _signals.Activities),
        };
        foreach (var pool in pools)
        {
            for (var i = 0; i < pool.Count; i++)
            {
                var loop = new WorkerLoop(
                    $"{pool.Name}-{i}",
                    async ct => await pool.ProcessNext(ct).ConfigureAwait(false) ? TimeSpan.Zero : idleCheck,
                    pool.Signal,
                    _time,
                    _logger);
                yield return Task.Run(() => loop.RunAsync(stopping), CancellationToken.None);
            }
        }

        var timers = new WorkerLoop("timers", _timers.StepAsync, _signals.Timers, _time, _logger);
        yield return Task.Run(() => timers.RunAsync(stopping), CancellationToken.None);
    }
}
