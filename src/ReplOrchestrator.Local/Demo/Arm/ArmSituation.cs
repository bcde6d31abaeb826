using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Local.Demo.Arm;

/// <summary>
/// One situation of the troubleshooting guides as the demo's vault shows it on one migration item (or a healthy item),
/// and the alerts it must raise and resolve under the vault's appliance.
/// </summary>
/// <param name="Name">The situation, named as the heartbeat scenario that plays it where there is one (<c>upload-stall</c>).</param>
/// <param name="MachineName">The VM's name; its migration item is <c>item-{name}</c>.</param>
/// <param name="Host">The ESXi host the gateway reads its disks from.</param>
/// <param name="Description">What happens, in a sentence for people.</param>
/// <param name="Expected">The alerts it must raise and resolve; none for a healthy item.</param>
/// <param name="Play">
/// Writes the item's script from its healthy start, against the server's thresholds; healthy cycles follow it.
/// Every situation ends with the item recovered, so its alerts resolve.
/// </param>
internal sealed record ArmSituation(
    string Name, string MachineName, string Host, string Description, IReadOnlyList<ExpectedAlert> Expected, Action<MigrationItemScript, WorkflowOptions> Play)
{
    /// <summary>The migration item's name, which is also the VM id the server reports it under.</summary>
    public string ItemName => "item-" + MachineName;

    /// <summary>How old the item's last recovery point is when the vault is first listed.</summary>
    /// <value>40 minutes: well inside Azure Migrate's 12-hour RPO target.</value>
    public TimeSpan RecoveryPointAge { get; init; } = TimeSpan.FromMinutes(40);
}
