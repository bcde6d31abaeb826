using System.Text.Json.Nodes;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.Local.Simulation.Timeline;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Local.Demo.Arm;

/// <summary>
/// The demo's Recovery Services vault: a migration item per situation of <see cref="ArmDemoSituations"/>, each playing
/// its script on the poll grid. The story starts when the host's poller first lists the vault, so however long the host
/// takes to start, the first poll sees every item as it was before anything happened.
/// </summary>
/// <param name="pollInterval">How often the host polls: one beat of the scripts.</param>
/// <param name="server">The server's thresholds, which the situations overrun.</param>
internal sealed class ArmDemoVault(TimeSpan pollInterval, WorkflowOptions server)
{
    /// <summary>The vault's resource id, as <c>Repl:Arm:Vaults</c> names it.</summary>
    public const string Id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-migrate-demo/providers/Microsoft.RecoveryServices/vaults/contoso-migrate-demo";

    private readonly Lock _gate = new();
    private List<(ArmSituation Situation, MigrationItemScript Script)>? _items;

    /// <summary>The appliance the server reports the vault's VMs under, <c>arm-{vault}</c>.</summary>
    public static ArmVault Vault { get; } = ArmVault.TryParse(Id, out var vault, out var problem) ? vault! : throw new InvalidOperationException(problem);

    /// <summary>What the vault plays.</summary>
    public static IReadOnlyList<ArmSituation> Situations => ArmDemoSituations.All;

    /// <summary>The items as ARM lists them at <paramref name="now"/>; the first call starts the story.</summary>
    public IReadOnlyList<JsonObject> ItemsAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            _items ??= Plan(new BeatClock(now, pollInterval));
            return [.. _items.Select(i => i.Script.At(now).ToJson(Id))];
        }
    }

    /// <summary>The events the vault has recorded by <paramref name="now"/>; none before the first poll.</summary>
    public IReadOnlyList<JsonObject> EventsAt(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _items is null ? [] : [.. _items.SelectMany(i => i.Script.EventsUntil(now)).Select(e => e.ToJson(Id))];
        }
    }

    /// <summary>Every item as the vault shows it at <paramref name="now"/>, for the live table; none before the first poll.</summary>
    public IReadOnlyList<VmSnapshot> Snapshot(DateTimeOffset now)
    {
        lock (_gate)
        {
            return _items is null ? [] : [.. _items.Select(i => Snapshot(i.Situation, i.Script, now))];
        }
    }

    private List<(ArmSituation, MigrationItemScript)> Plan(BeatClock clock) =>
    [
        .. Situations.Select(situation =>
        {
            var first = new MigrationItemJson(situation.ItemName, situation.MachineName)
            {
                HostName = situation.Host,
                LastRecoveryPointReceived = clock.Start - situation.RecoveryPointAge,
            };
            var script = new MigrationItemScript(clock, first);
            situation.Play(script, server);
            return (situation, script.ThenHealthy());
        }),
    ];

    // Between cycles the table shows no cycle; during one, the recovery point it started after and its progress.
    private static VmSnapshot Snapshot(ArmSituation situation, MigrationItemScript script, DateTimeOffset now)
    {
        var item = script.At(now);
        var uploaded = MigrationItemJson.DiskBytes * item.GatewayProgress / 100;
        var cycle = script.PhaseAt(now) is { } phase
            ? new CycleReport(item.LastRecoveryPointId ?? "rp-0", CycleType.Delta, phase, now, [new DiskProgress("disk-0", MigrationItemJson.DiskBytes, uploaded)], null)
            : null;
        return new VmSnapshot(Vault.ApplianceId, ApplianceKind.AzureMigrateVMware, situation.ItemName, situation.MachineName, item.HostName, situation.Name,
            item.ResyncRequired ? ReplicationState.ResyncRequired : ReplicationState.Replicating, cycle, ApplianceSilent: false);
    }
}
