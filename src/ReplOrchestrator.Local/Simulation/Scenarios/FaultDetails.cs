namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>What a failed connectivity check says, as <c>Test-NetConnection</c> and socket errors put it.</summary>
internal static class FaultDetails
{
    /// <summary>A firewall drops the packets: the connection attempt times out.</summary>
    public const string ConnectionTimedOut = "connection timed out";

    /// <summary>The host answers, but nothing accepts connections on the port.</summary>
    public const string ConnectionRefused = "connection refused";
}
