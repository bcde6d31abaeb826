namespace ReplOrchestrator.Local.Simulation;

/// <summary>What a simulation has done so far, in counts.</summary>
/// <param name="HeartbeatsSent">Heartbeats sent (silent appliances send none).</param>
/// <param name="Accepted">Heartbeats the server took.</param>
/// <param name="Duplicate">Heartbeats the server answered as repeats.</param>
/// <param name="Rejected">Heartbeats the server refused with a problem.</param>
/// <param name="Failed">Heartbeats that got no usable answer.</param>
/// <param name="CommandsReceived">Distinct commands received.</param>
/// <param name="CommandsAnswered">Commands whose results reached the server in an accepted heartbeat.</param>
internal sealed record SimulationSummary(
    long HeartbeatsSent, long Accepted, long Duplicate, long Rejected, long Failed, long CommandsReceived, long CommandsAnswered);
