using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using static ReplOrchestrator.Domain.Catalog.CatalogCodes;

namespace ReplOrchestrator.Domain.Tests.Catalog;

/// <summary>Each Hyper-V VMMS event of the two seed articles, classified on its own.</summary>
public sealed class HyperVEventClassifierTests
{
    [Theory]
    [InlineData(32315, HyperVReplicationRetrying)]
    [InlineData(32022, HyperVReplicationCancelled)]
    [InlineData(32086, HyperVReplicationSuspended)]
    [InlineData(32546, HyperVReplicaInvalidVmState)]
    [InlineData(19050, HyperVReplicaInvalidVmState)]
    [InlineData(32056, HyperVApplyLogsFailed)]
    [InlineData(32032, HyperVApplyIncomplete)]
    [InlineData(33680, HyperVReplicationOperationFailed)]
    public void HyperVEvent_ById_IsItsEventEntry(int eventId, string expected)
    {
        var result = ErrorClassifier.Classify(ApplianceKind.HyperVReplica, Event(eventId, "text"));

        (result.Entry.Code, result.MatchedBy, result.ErrorId).ShouldBe((expected, MatchBasis.EventId, eventId));
        result.Entry.Kind.ShouldBe(EntryKind.Event);
    }

    [Theory]
    [InlineData("Hyper-V suspended replication for virtual machine 'sql01' due to a non-recoverable failure. Resume replication after correcting the failure.", HyperVReplicationSuspended)]
    [InlineData("Hyper-V could not replicate changes for virtual machine sql01: The operation has been canceled (0x00002EF1).", HyperVReplicationCancelled)]
    [InlineData("Hyper-V failed to replicate changes for virtual machine sql01. Hyper-V will retry replication after 5 minute(s).", HyperVReplicationRetrying)]
    [InlineData("Hyper-V failed to apply replication logs for sql01: Operation aborted (0x80004004).", HyperVApplyLogsFailed)]
    public void HyperVCycleError_ByMessageWithoutAnEventId_IsItsEventEntry(string message, string expected) =>
        ErrorClassifier.Classify(new ErrorReport(ApplianceKind.HyperVReplica, "Failed", message, null)).Entry.Code.ShouldBe(expected);

    [Fact]
    public void HyperVEvent_UnknownId_IsUnclassifiedWithTheEventIdKept()
    {
        var result = ErrorClassifier.Classify(ApplianceKind.HyperVReplica, Event(29286, "Something else"));

        result.Entry.ShouldBeSameAs(ErrorCatalog.Unclassified);
        result.ErrorId.ShouldBe(29286);
        result.Report.Describe().ShouldBe("event 29286: Something else");
    }

    private static ReplicationEvent Event(int id, string message) =>
        new(id, "Microsoft-Windows-Hyper-V-VMMS", ReplicationEventLevel.Error, "vm-sql01", DateTimeOffset.UnixEpoch, message);
}
