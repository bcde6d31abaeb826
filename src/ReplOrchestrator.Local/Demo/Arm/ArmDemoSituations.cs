using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.Local.Simulation.Scenarios;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Local.Demo.Arm;

/// <summary>
/// What the demo's vault lists: the situations of the troubleshooting guides that Azure Resource Manager can show, one
/// migration item each, and three healthy items whose recovery points advance.
/// </summary>
/// <remarks>
/// Overruns last twice their threshold in whole polls, as the heartbeat scenarios' do, so the server sees each crossed
/// with time to spare; every item starts healthy for a poll, so the first polls see the vault as it was.
/// </remarks>
internal static class ArmDemoSituations
{
    public const string RpoBreach = "rpo-breach";
    public const string FailedBetweenPolls = "failed-between-polls";

    private const string Esx01 = "esx01.contoso.local";
    private const string Esx07 = "esx07.contoso.local";

    public static IReadOnlyList<ArmSituation> All { get; } =
    [
        new(ScenarioNames.DisposeHang, "sql01", Esx01,
            "The gateway finishes the upload, then releases the snapshot for twice the disposal timeout before the recovery point arrives.",
            [new(CatalogCodes.DisposeArtefactsTimedOut, 181008)],
            (script, server) => script.Idle(1).Upload(40, 90, 2).Dispose(script.Clock.Overrun(server.Cycle.DisposeArtefactsTimeout)).RecoveryPoint()),
        new(ScenarioNames.UploadStall, "app02", Esx01,
            "A delta upload stops at 6 % with an upload speed of 0 for twice the stall timeout, then resumes and completes.",
            [new(CatalogCodes.DiskUploadTimedOut, 1011)],
            (script, server) => script.Idle(1).Upload(2, 6, 2).Upload(6, 6, script.Clock.Overrun(server.Cycle.UploadStallTimeout)).Upload(40, 100, 2).Dispose(1).RecoveryPoint()),
        new(ScenarioNames.HostConnectionRefused, "web03", Esx07,
            "Health error 1022: the appliance cannot connect to the ESXi host; once the firewall lets it, the retried cycle completes.",
            [new(CatalogCodes.HostConnectionRefused, 1022)],
            (script, server) => script.Idle(1).Upload(5, 10, 2)
                .Fail(SeedMessages.HostConnectionRefusedCode, SeedMessages.HostConnectionRefused(Esx07), ListedThroughItsDiagnosis(script, server))
                .Upload(20, 100, 2).Dispose(1).RecoveryPoint()),
        new(ScenarioNames.CbtReset, "db04", Esx01,
            "Changed block tracking was reset: health error 1018 and resyncRequired; the resynchronisation runs and completes.",
            [new(CatalogCodes.FetchChangedBlocksFailed, 1018), new(CatalogCodes.ResyncRequired, null)],
            (script, server) => script.Idle(1).Upload(5, 10, 2).Fail("1018", SeedMessages.FetchChangeBlocks, ListedThroughItsDiagnosis(script, server), resyncRequired: true)
                .Upload(0, 100, 3).Dispose(1).RecoveryPoint()),
        new(FailedBetweenPolls, "fs10", Esx01,
            "A delta cycle fails with 1011 and the gateway retries before the next poll, so the item never shows the error: only the vault's events do.",
            [new(CatalogCodes.DiskUploadTimedOut, 1011)],
            (script, _) => script.Idle(1).Upload(5, 30, 2).FailBetweenPolls("1011", UploadTimedOut("fs10")).Upload(0, 100, 3).Dispose(1).RecoveryPoint()),
        new(RpoBreach, "file05", Esx01,
            "The last recovery point is 14 hours old, past the 12-hour RPO target; a catch-up cycle brings a new one.",
            [new(CatalogCodes.RpoExceeded, null)],
            // Ten seconds before the catch-up starts: a host that takes the first polls late, on a busy machine, must
            // still see the old recovery point long enough to raise the breach before the new one clears it.
            (script, _) => script.Idle(5).Upload(0, 100, 3).Dispose(1).RecoveryPoint())
        {
            RecoveryPointAge = TimeSpan.FromHours(14),
        },
        Healthy("hr06", 0),
        Healthy("crm07", 2),
        Healthy("erp08", 4),
    ];

    // A failure stays listed for as long as its diagnosis may take, so the diagnosis reports before the retried cycle
    // completes: one that reported after that success would hold its alert open until the next cycle's.
    private static int ListedThroughItsDiagnosis(MigrationItemScript script, WorkflowOptions server) =>
        (int)Math.Ceiling(server.Diagnosis.Timeout / script.Clock.Interval);

    // 1011 as the guide words it, with the item's disk and names filled in.
    private static string UploadTimedOut(string machineName) =>
        $"The upload of data for disk [datastore1] {machineName}/{machineName}.vmdk, 6000C29d-disk-0 of virtual machine {machineName}; item-{machineName} didn't complete within the expected time.";

    // Healthy items start their cycles a few polls apart, so the vault always has one uploading.
    private static ArmSituation Healthy(string machineName, int offsetBeats) =>
        new(ScenarioNames.Healthy, machineName, Esx01, "A delta cycle every seven polls, each ending in a new recovery point.", [], (script, _) => script.Idle(offsetBeats));
}
