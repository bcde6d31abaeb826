using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Hosting;

namespace ReplOrchestrator.Engine.Hosting;

/// <summary>
/// The worker build target of <see cref="EmbeddedEngineExtensions.UseEmbeddedEngine"/>: the hosted service
/// that runs the engine's workers while the host runs. It hands the task factory the SDK built from the
/// registered tasks to the engine.
/// </summary>
internal sealed class EmbeddedEngineWorker : DurableTaskWorker
{
    private readonly DurableEngine _engine;

    /// <summary>Built by the worker builder with the builder's name and task factory; the rest comes from DI.</summary>
    public EmbeddedEngineWorker(string name, IDurableTaskFactory factory, WorkerTaskFactory engineTasks, DurableEngine engine)
        : base(name, factory)
    {
        engineTasks.Attach(factory);
        _engine = engine;
    }

    /// <summary>Opens the task hub and starts the engine's workers; every persisted instance and timer resumes.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _engine.StartAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops the engine's workers: running episodes finish, running activities run again on the next start.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await _engine.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Nothing to do here: the engine runs its own workers.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
