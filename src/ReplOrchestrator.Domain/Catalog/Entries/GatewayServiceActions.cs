namespace ReplOrchestrator.Domain.Catalog.Entries;

/// <summary>The gateway service steps several entries share.</summary>
internal static class GatewayServiceActions
{
    public static RecommendedAction StartGateway { get; } = RecommendedAction.For(
        "Check that the Microsoft Azure Gateway Service is running on the appliance (run > services.msc); if it is stopped, start it, "
        + "or run `Net Start asrgwy` in an elevated command prompt or PowerShell.",
        ApplianceConnectivity.GatewayStopped);

    public static RecommendedAction StopGateway { get; } = RecommendedAction.General(
        "Stop the gateway service: services.msc > Microsoft Azure Gateway Service > Stop, or `Net Stop asrgwy`; wait until it reports that the service is no longer running.");

    public static RecommendedAction RestartGateway { get; } = RecommendedAction.General(
        "Start the gateway service again: services.msc > Microsoft Azure Gateway Service > Start, or `Net Start asrgwy`.");
}
