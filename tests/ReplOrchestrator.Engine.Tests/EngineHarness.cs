using Microsoft.DurableTask.Client;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.TestUtilities.Durable;

namespace ReplOrchestrator.Engine.Tests;

/// <summary>An engine on a driven clock with scripted orchestrators and activities ("Echo" returns its input), and its database.</summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private readonly TemporaryDirectory? _directory;

    private EngineHarness(bool inMemory, Func<EngineOptions, EngineOptions>? configure)
    {
        _directory = inMemory ? null : new TemporaryDirectory();
        var options = new EngineOptions { DatabasePath = inMemory ? EngineOptions.InMemory : Path.Combine(_directory!.Path, "hub.db") };
        Options = configure?.Invoke(options) ?? options;
        Activities.Add("Echo", call => call.SerializedInput);
        Engine = NewEngine();
    }

    public ManualTimeProvider Time { get; } = new();

    public ScriptedOrchestrationInvoker Orchestrators { get; } = new();

    public ScriptedActivityInvoker Activities { get; } = new();

    public EngineOptions Options { get; }

    public RecordingLogger Logs { get; } = new();

    public DurableEngine Engine { get; private set; }

    public DurableTaskClient Client => Engine.Client;

    public static EngineHarness Create(bool inMemory, Func<EngineOptions, EngineOptions>? configure = null) => new(inMemory, configure);

    /// <summary>Closes the engine and opens a new one on the same file, as a process restart would.</summary>
    public async Task RestartAsync()
    {
        await Engine.DisposeAsync();
        Engine = NewEngine();
    }

    public Task<int> RunUntilIdleAsync() => Engine.RunUntilIdleAsync();

    public async Task<OrchestrationMetadata> StatusAsync(string instanceId) =>
        await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true) ?? throw new InvalidOperationException($"No instance '{instanceId}'.");

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        _directory?.Dispose();
    }

    private DurableEngine NewEngine() => new(Options, Orchestrators, Activities, Time, Logs);
}
