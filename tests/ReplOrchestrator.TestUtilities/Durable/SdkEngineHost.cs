using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using ReplOrchestrator.Engine;
using ReplOrchestrator.Engine.Hosting;

namespace ReplOrchestrator.TestUtilities.Durable;

/// <summary>
/// Microsoft SDK orchestrators and activities on the embedded engine, wired as hosts wire them
/// (<c>AddDurableTaskWorker(b =&gt; …UseEmbeddedEngine(…))</c>) but driven by the test: a
/// <see cref="ManualTimeProvider"/>, <see cref="DurableEngine.RunUntilIdleAsync"/>, no hosted service
/// started. The task hub is a file in a temporary folder, or in memory.
/// </summary>
public sealed class SdkEngineHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly TemporaryDirectory? _directory;

    private SdkEngineHost(ServiceProvider provider, TemporaryDirectory? directory, ManualTimeProvider time, string databasePath)
    {
        _provider = provider;
        _directory = directory;
        Time = time;
        DatabasePath = databasePath;
    }

    public IServiceProvider Services => _provider;

    public ManualTimeProvider Time { get; }

    /// <summary>The task hub's file, or <see cref="EngineOptions.InMemory"/>.</summary>
    public string DatabasePath { get; }

    public DurableEngine Engine => _provider.GetRequiredService<DurableEngine>();

    public DurableTaskClient Client => _provider.GetRequiredService<DurableTaskClient>();

    /// <summary>Builds the container.</summary>
    /// <param name="worker">Adds the tasks and configures the worker; <c>UseEmbeddedEngine</c> is called after it.</param>
    /// <param name="engine">Further engine options (the database path is set already).</param>
    /// <param name="services">Further services, registered before the worker (activities' dependencies, say).</param>
    /// <param name="inMemory">An in-memory task hub instead of a file.</param>
    /// <param name="time">The driven clock; a new one when omitted.</param>
    public static SdkEngineHost Create(
        Action<IDurableTaskWorkerBuilder> worker,
        Action<EngineOptions>? engine = null,
        Action<IServiceCollection>? services = null,
        bool inMemory = false,
        ManualTimeProvider? time = null)
    {
        var directory = inMemory ? null : new TemporaryDirectory();
        var databasePath = directory is null ? EngineOptions.InMemory : Path.Combine(directory.Path, "hub.db");
        time ??= new ManualTimeProvider();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(time);
        // Activities take their cancellation from the host's lifetime; no host runs here, so it never stops.
        collection.TryAddSingleton<IHostApplicationLifetime, ApplicationLifetime>();
        services?.Invoke(collection);
        collection.AddDurableTaskWorker(builder =>
        {
            worker(builder);
            builder.UseEmbeddedEngine(options =>
            {
                options.DatabasePath = databasePath;
                engine?.Invoke(options);
            });
        });
        return new SdkEngineHost(collection.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }), directory, time, databasePath);
    }

    public Task<int> RunUntilIdleAsync() => Engine.RunUntilIdleAsync();

    /// <summary>Moves the clock and does all work then ready.</summary>
    public Task<int> AdvanceAsync(TimeSpan by)
    {
        Time.Advance(by);
        return RunUntilIdleAsync();
    }

    /// <summary>Reads an instance with its payloads; throws when there is none.</summary>
    public async Task<OrchestrationMetadata> StatusAsync(string instanceId) =>
        await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true)
        ?? throw new InvalidOperationException($"No instance '{instanceId}'.");

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        _directory?.Dispose();
    }
}
