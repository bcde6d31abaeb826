using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Cycles;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Cycles;

/// <summary>How overruns and failures are named: the catalog's codes and Microsoft's ids, with the numbers in the summary.</summary>
public sealed class CycleProblemsTests
{
    [Fact]
    public void SnapshotHung_AfterTheSnapshotTimeout_SaysHowLongAndHasNoMicrosoftId()
    {
        var problem = CycleProblems.SnapshotHung("c-1", T0.AddMinutes(-30), T0);

        problem.ShouldBe(new CycleProblem("c-1", CatalogCodes.SnapshotHung,
            "snapshot creation has not finished after 30 min (Generate Snapshot Hung)", null, null, [], [], false, T0));
    }

    [Fact]
    public void DisposeArtefactsTimedOut_AfterTheDisposalTimeout_Is181008InThePreCycleWait()
    {
        var problem = CycleProblems.DisposeArtefactsTimedOut("c-1", T0.AddMinutes(-45), T0);

        (problem.Code, problem.ErrorId, problem.ObservedAt).ShouldBe((CatalogCodes.DisposeArtefactsTimedOut, (int?)181008, T0));
        problem.Summary.ShouldBe("timeout event 'DisposeArtefactsTimeout' in state WaitingForArtefactsDisposalPreCycle: artefacts not disposed after 45 min");
    }

    [Fact]
    public void DiskUploadTimedOut_StalledDisks_Is1011NamingEachDisk()
    {
        var problem = CycleProblems.DiskUploadTimedOut("c-1", ["disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min", "disk-1 stalled at 0 % (0 B of 8 GiB) for 30 min"], T0);

        (problem.Code, problem.ErrorId, problem.Diagnosed).ShouldBe((CatalogCodes.DiskUploadTimedOut, (int?)1011, false));
        problem.Summary.ShouldBe("disk-0 stalled at 6 % (3.1 GiB of 50 GiB) for 30 min; disk-1 stalled at 0 % (0 B of 8 GiB) for 30 min");
    }

    public static TheoryData<ApplianceKind, string, string, string, int?> FailureCases() => new()
    {
        // The seed's own errors: code and message as Azure Migrate reports them.
        { ApplianceKind.AzureMigrateVMware, "1022", "The Azure Migrate appliance is unable to connect to the vSphere host 'esx01'", CatalogCodes.HostConnectionRefused, 1022 },
        { ApplianceKind.AzureMigrateVMware, "181008", "VM: 'sql01'. Error: No disksnapshots were found for the snapshot replication with snapshot ID: 'snap-1'.",
            CatalogCodes.NoDiskSnapshotsFound, 181008 },
        { ApplianceKind.AzureMigrateVMware, "181008", "VM: sql01. Error: Encountered timeout event 'DisposeArtefactsTimeout' in the state WaitingForArtefactsDisposalPreCycle.",
            CatalogCodes.DisposeArtefactsTimedOut, 181008 },
        { ApplianceKind.HyperVReplica, "1011", "disk upload failed", CatalogCodes.Unclassified, 1011 }, // an Azure Migrate id means nothing for Hyper-V
    };

    [Theory]
    [MemberData(nameof(FailureCases))]
    public void Failed_ReportedError_IsClassifiedByTheCatalogKeepingTheReportedId(ApplianceKind kind, string code, string message, string expected, int? errorId)
    {
        var problem = CycleProblems.Failed("c-1", kind, new CycleError(code, message), T0);

        (problem.Code, problem.ErrorId).ShouldBe((expected, errorId));
        problem.Summary.ShouldBe(expected == CatalogCodes.Unclassified ? $"Unclassified: {code}: {message}" : $"{code}: {message}");
    }

    [Theory]
    [InlineData("The Azure Migrate appliance is unable to connect to the vSphere host 'esx07.contoso.local'", "esx07.contoso.local")]
    [InlineData("The Azure Migrate appliance is unable to connect to the vSphere host '%HostName;'", null)]
    [InlineData("Host connection refused", null)]
    public void Failed_HostConnectionRefused1022_CarriesTheHostItsMessageNames(string message, string? host) =>
        CycleProblems.Failed("c-1", ApplianceKind.AzureMigrateVMware, new CycleError("1022", message), T0).HostName.ShouldBe(host);

    [Fact]
    public void Failed_WithoutAnError_IsUnclassifiedSayingSo()
    {
        var problem = CycleProblems.Failed("c-1", ApplianceKind.AzureMigrateVMware, null, T0);

        (problem.Code, problem.ErrorId, problem.Summary).ShouldBe((CatalogCodes.Unclassified, (int?)null, "Unclassified: the cycle failed without an error"));
    }
}
