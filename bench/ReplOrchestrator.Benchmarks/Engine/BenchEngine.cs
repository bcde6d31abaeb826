using ReplOrchestrator.Engine;
using ReplOrchestrator.TestUtilities.Durable;

namespace ReplOrchestrator.Benchmarks.Engine;

/// <summary>An engine on a fresh database (a file in a temporary folder, or memory), running in the background.</summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    private readonly string? _folder;

    private BenchEngine(bool inMemory, ScriptedOrchestrationInvoker orchestrations, ScriptedActivityInvoker activities)
    {
        _folder = inMemory ? null : Directory.CreateTempSubdirectory("repl-bench-").FullName;
        var options = new EngineOptions { DatabasePath = DatabasePath ?? EngineOptions.InMemory };
        Engine = new DurableEngine(options, orchestrations, activities);
    }

    public DurableEngine Engine { get; }

    public string? DatabasePath => _folder is null ? null : Path.Combine(_folder, "hub.db");

    public static async Task<BenchEngine> StartAsync(bool inMemory, ScriptedOrchestrationInvoker orchestrations, ScriptedActivityInvoker activities)
    {
        var bench = new BenchEngine(inMemory, orchestrations, activities);
        await bench.Engine.StartAsync();
        return bench;
    }

    /// <summary>Stops the engine (which folds the WAL into the file) and returns the file's size, or null in memory.</summary>
    public async Task<long?> StopAndMeasureAsync()
    {
        await Engine.DisposeAsync();
        return DatabasePath is null ? null : new FileInfo(DatabasePath).Length;
    }

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
