using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using static ReplOrchestrator.Domain.Catalog.CatalogCodes;

namespace ReplOrchestrator.Domain.Tests.Catalog;

/// <summary>Every error situation in the seeds and the documented error table, classified as it is reported.</summary>
public sealed class ErrorClassifierTests
{
    private const ApplianceKind AzureMigrate = ApplianceKind.AzureMigrateVMware;

    private static Classification Classify(string? code, string? message) =>
        ErrorClassifier.Classify(new ErrorReport(AzureMigrate, code, message, null));

    [Fact]
    public void DiskUploadTimedOut1011_ReportedWithItsMessage_IsDiskUploadTimedOut()
    {
        var result = Classify("1011",
            "The upload of data for disk [datastore1] sql01/sql01.vmdk, 6000C29a of virtual machine sql01; 4210-aa didn't complete within the expected time.");

        (result.Entry.Code, result.MatchedBy, result.ErrorId).ShouldBe((DiskUploadTimedOut, MatchBasis.Message, 1011));
    }

    [Fact]
    public void DiskUploadTimedOut1011_MessageWithATypographicApostrophe_IsStillRecognised() =>
        Classify(null, "The upload of data for disk d0 of virtual machine vm didn\u2019t complete within the expected time.").Entry.Code
            .ShouldBe(DiskUploadTimedOut);

    [Fact]
    public void DisposeArtefactsTimedOut181008_WaitingForArtefactsDisposalPreCycle_IsDisposeArtefactsTimedOut()
    {
        var result = Classify("181008",
            "VM: sql01. Error: Encountered timeout event 'DisposeArtefactsTimeout' in the state "
            + "'[Gateway.Service.StateMachine.SnapshotReplication.SnapshotReplicationEngine+WaitingForArtefactsDisposalPreCycle ('WaitingForArtefactsDisposalPreCycle')]'.");

        (result.Entry.Code, result.ErrorId).ShouldBe((DisposeArtefactsTimedOut, 181008));
    }

    [Fact]
    public void ReplicationCycleFailed181008_NoDiskSnapshotsFound_IsClassifiedByItsMessageNotItsId()
    {
        var result = Classify("181008", "VM: 'sql01'. Error: No disksnapshots were found for the snapshot replication with snapshot ID: '5f1c'.");

        (result.Entry.Code, result.MatchedBy, result.ErrorId).ShouldBe((NoDiskSnapshotsFound, MatchBasis.Message, 181008));
    }

    [Fact]
    public void Id181008_WithoutAMessage_IsTheCurrentMeaningDisposeArtefactsTimedOut() =>
        Classify("181008", null).Entry.Code.ShouldBe(DisposeArtefactsTimedOut);

    [Fact]
    public void NoDiskSnapshotsFound566_IsNoDiskSnapshotsFound() =>
        (Classify("566", null).Entry.Code, Classify("566", null).ErrorId).ShouldBe((NoDiskSnapshotsFound, 566));

    [Theory]
    [InlineData("1022", null)]
    [InlineData(null, "The Azure Migrate appliance is unable to connect to the vSphere host 'esx01.contoso.local'")]
    public void HostConnectionRefused1022_ByIdOrMessage_IsHostConnectionRefused(string? code, string? message) =>
        Classify(code, message).Entry.Code.ShouldBe(HostConnectionRefused);

    [Fact]
    public void EncounteredAnErrorWhileTryingToFetchChangedBlocks_IsFetchChangedBlocksFailed() =>
        Classify(null, "Encountered an error while trying to fetch change blocks").Entry.Code.ShouldBe(FetchChangedBlocksFailed);

    [Fact]
    public void ChangeBlockTrackingReset1018_IsChangeBlockTrackingReset() =>
        Classify("1018", null).Entry.Code.ShouldBe(ChangeBlockTrackingReset);

    [Theory]
    [InlineData("Configure managed storage account")]
    [InlineData("Generate shared access signature definition")]
    public void KeyVaultOperationFailed_EitherOperation_IsKeyVaultOperationFailedNamingTheOperation(string operation)
    {
        var result = Classify(null,
            $"Key Vault operation failed. Operation: {operation}, Key Vault: migratekv1234, Storage Account: migratelsa1234 failed with the error: Forbidden");

        (result.Entry.Code, result.Detail).ShouldBe((KeyVaultOperationFailed, operation));
    }

    [Theory]
    [InlineData("An internal error occurred. [Server Refused Connection]", VddkServerRefusedConnection)]
    [InlineData("An internal error occurred. ['An Invalid snapshot configuration was detected.']", InvalidSnapshotConfiguration)]
    [InlineData("An internal error occurred. [Generate Snapshot Hung]", SnapshotHung)]
    [InlineData("An internal error occurred. [Failed to consolidate the disks on VM sql01 [Disk locked]]", ConsolidateDisksFailed)]
    [InlineData("An internal error occurred. [Another task is already in progress]", AnotherTaskInProgress)]
    [InlineData("An internal error occurred. [Operation not allowed in current state]", OperationNotAllowedInCurrentState)]
    [InlineData("An internal error occurred. [Snapshot Disk size invalid]", SnapshotDiskSizeInvalid)]
    [InlineData("An internal error occurred. [Memory allocation failed. Out of memory.]", NfcMemoryAllocationFailed)]
    [InlineData("An internal error occurred. [File is larger than maximum file size supported (1012384)]", SnapshotFileTooLarge)]
    [InlineData("An internal error occurred. [Cannot connect to the host (1004109)]", EsxiHostCannotConnect)]
    [InlineData("An error occurred while saving the snapshot: Invalid change tracker error code", InvalidChangeTracker)]
    [InlineData("An error occurred while taking a snapshot: Unable to open the snapshot file.", SnapshotFileOpenFailed)]
    public void AnInternalErrorOccurred_EachDocumentedVMwareMessage_IsItsOwnEntry(string message, string expected)
    {
        Classify("1028", message).Entry.Code.ShouldBe(expected);
        Classify("InternalError", message).Entry.Code.ShouldBe(expected);
        Classify(null, message).Entry.Code.ShouldBe(expected);
    }

    [Fact]
    public void AnInternalErrorOccurred_UndocumentedInnerMessage_IsVMwareGenericFailureKeepingTheInnerMessage()
    {
        var result = Classify(null, "An internal error occurred. ['The host is in maintenance mode.']");

        (result.Entry.Code, result.Detail).ShouldBe((VMwareGenericFailure, "The host is in maintenance mode."));
    }

    [Theory]
    [InlineData("1012", DiskDownloadTimeout)]
    [InlineData("1003", SnapshotReplicationComponentTimeOut)]
    [InlineData("542", StorageAccountNotFound)]
    [InlineData("587", StateContainerNotFound)]
    [InlineData("633", SubscriptionSnapshotOperationThrottled)]
    [InlineData("508", ResyncSnapshotDoesNotExist)]
    [InlineData("1039", InsufficientPermissionsOnKeyVault)]
    [InlineData("572", ConsolidateDisksFailed)]
    [InlineData("563", DiskSnapshotChangeIdIsNotAvailable)]
    [InlineData("1023", SnapshotDiskAttachedInPhysicalMode)]
    [InlineData("1028", VMwareGenericFailure)]
    [InlineData(" 1011 ", DiskUploadTimedOut)]
    public void DocumentedErrorTable_EachId_IsItsEntry(string code, string expected)
    {
        var result = Classify(code, null);

        (result.Entry.Code, result.MatchedBy).ShouldBe((expected, MatchBasis.ErrorId));
    }

    [Theory]
    [InlineData("ProtectionReadinessError", ProtectionReadinessError)]
    [InlineData("FetchChangedBlocksFailed", FetchChangedBlocksFailed)]
    [InlineData("diskuploadtimedout", DiskUploadTimedOut)]
    [InlineData("DisposeArtefactsTimeout", DisposeArtefactsTimedOut)]
    [InlineData("GenerateSasDefinition", KeyVaultOperationFailed)]
    public void DocumentedErrorNames_AreMatchedIgnoringCase(string name, string expected)
    {
        var result = Classify(name, null);

        (result.Entry.Code, result.MatchedBy).ShouldBe((expected, MatchBasis.ErrorName));
    }

    [Fact]
    public void UnknownError_IsUnclassifiedAndKeepsTheRawText()
    {
        var result = Classify("9999", "Something nobody documented broke");

        result.IsClassified.ShouldBeFalse();
        result.Entry.ShouldBeSameAs(ErrorCatalog.Unclassified);
        result.ErrorId.ShouldBe(9999);
        result.Report.Describe().ShouldBe("9999: Something nobody documented broke");
    }

    [Fact]
    public void MessageWinsOverId_AnInternalErrorReportedUnderAnotherId_FollowsItsMessage() =>
        Classify("1011", "An internal error occurred. [Generate Snapshot Hung]").Entry.Code.ShouldBe(SnapshotHung);

    [Fact]
    public void ApplianceKind_LimitsMatchingToItsProduct()
    {
        ErrorClassifier.Classify(new ErrorReport(AzureMigrate, null, null, 32086)).Entry.ShouldBeSameAs(ErrorCatalog.Unclassified);
        ErrorClassifier.Classify(new ErrorReport(ApplianceKind.HyperVReplica, "1011", null, null)).Entry.ShouldBeSameAs(ErrorCatalog.Unclassified);
        ErrorClassifier.Classify(new ErrorReport(null, "1011", null, null)).Entry.Code.ShouldBe(DiskUploadTimedOut);
    }
}
