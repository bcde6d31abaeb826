namespace ReplOrchestrator.Local.Cli;

/// <summary>The parsed arguments of <c>simulate</c>.</summary>
/// <param name="Target">The server's base URL.</param>
/// <param name="Appliances">How many appliances.</param>
/// <param name="VmsPerAppliance">How many VMs each.</param>
/// <param name="Scenarios">Scenario names to mix in, known to exist.</param>
/// <param name="Duration">How long to run; null to run until cancelled.</param>
/// <param name="HeartbeatInterval">How often each appliance sends.</param>
/// <param name="Seed">The seed of every random choice.</param>
internal sealed record SimulateArguments(
    Uri Target, int Appliances, int VmsPerAppliance, IReadOnlyList<string> Scenarios, TimeSpan? Duration, TimeSpan HeartbeatInterval, int Seed);
