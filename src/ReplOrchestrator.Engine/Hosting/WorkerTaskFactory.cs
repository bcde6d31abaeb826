using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ReplOrchestrator.Engine.Hosting;

/// <summary>
/// The engine's way to the <see cref="IDurableTaskFactory"/> its worker's build target receives (the SDK
/// builds that factory from the registered tasks and hands it to nothing else). <see cref="EmbeddedEngineWorker"/>
/// attaches it when it is built.
/// </summary>
/// <remarks>
/// The host builds the worker when it resolves its hosted services, before any of them starts. A test
/// that drives the engine without starting the host has it built here, on first use, from the same
/// singleton registration: the factory is attached before the first episode or client call needs it.
/// </remarks>
/// <param name="services">The root provider the worker is resolved from.</param>
internal sealed class WorkerTaskFactory(IServiceProvider services) : IDurableTaskFactory
{
    private IDurableTaskFactory? _factory;

    private IDurableTaskFactory Factory => Volatile.Read(ref _factory) ?? BuildWorker();

    public void Attach(IDurableTaskFactory factory) => Volatile.Write(ref _factory, factory);

    public bool TryCreateActivity(TaskName name, IServiceProvider serviceProvider, out ITaskActivity activity) =>
        Factory.TryCreateActivity(name, serviceProvider, out activity!);

    public bool TryCreateOrchestrator(TaskName name, IServiceProvider serviceProvider, out ITaskOrchestrator orchestrator) =>
        Factory.TryCreateOrchestrator(name, serviceProvider, out orchestrator!);

    private IDurableTaskFactory BuildWorker()
    {
        // Resolving the hosted services builds them (singletons: the host later starts these same instances).
        _ = services.GetServices<IHostedService>();
        return Volatile.Read(ref _factory) ?? throw new InvalidOperationException(
            "No Durable Task worker targets the embedded engine, so it has no orchestrators or activities: call UseEmbeddedEngine() last on the worker builder that adds the tasks (AddDurableTaskWorker(b => b.AddTasks(...).UseEmbeddedEngine(...))), and no other build target such as UseGrpc() after it.");
    }
}
