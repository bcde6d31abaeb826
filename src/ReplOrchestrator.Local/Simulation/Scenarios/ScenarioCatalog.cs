namespace ReplOrchestrator.Local.Simulation.Scenarios;

/// <summary>Every scenario the simulator can play, by name.</summary>
internal static class ScenarioCatalog
{
    /// <summary>The scenarios, healthy first, then in the order the seed documents describe them.</summary>
    public static IReadOnlyList<Scenario> All { get; } =
    [
        new HealthyScenario(),
        new UploadStallScenario(),
        new DisposeHangScenario(),
        new ApplianceSilentScenario(),
        new HostConnectionRefusedScenario(),
        new CbtResetScenario(),
        new HyperVSuspendedAtShutdownScenario(),
        new HyperVReplicaBackupScenario(),
    ];

    /// <summary>The healthy scenario, which every VM without another plays.</summary>
    public static Scenario Healthy => All[0];

    /// <summary>The scenario called <paramref name="name"/> (exact, lower case), or null.</summary>
    public static Scenario? Find(string name) => All.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
}
