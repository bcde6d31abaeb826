namespace ReplOrchestrator.Local.Simulation;

/// <summary>Hears what the simulated appliances do that a person watching would want to know.</summary>
/// <remarks>Called from the appliances' heartbeat tasks, possibly several at once: implementations must be thread-safe and quick.</remarks>
internal interface ISimulationObserver
{
    /// <summary>Something notable happened.</summary>
    void OnEvent(SimulationEvent simulationEvent);
}
