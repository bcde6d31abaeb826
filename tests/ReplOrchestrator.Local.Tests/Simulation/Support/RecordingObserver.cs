using System.Collections.Concurrent;

namespace ReplOrchestrator.Local.Tests.Simulation.Support;

/// <summary>Keeps every simulation event, for assertions.</summary>
internal sealed class RecordingObserver : ISimulationObserver
{
    private readonly ConcurrentQueue<SimulationEvent> _events = new();

    public IReadOnlyList<SimulationEvent> Events => [.. _events];

    public IReadOnlyList<T> Of<T>()
        where T : SimulationEvent => [.. _events.OfType<T>()];

    public void OnEvent(SimulationEvent simulationEvent) => _events.Enqueue(simulationEvent);
}
