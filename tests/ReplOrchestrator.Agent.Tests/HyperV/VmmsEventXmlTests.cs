using ReplOrchestrator.Agent.HyperV;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Tests.HyperV;

/// <summary>The VMMS log as Get-WinEvent and wevtutil print it, for every event id the seeds describe.</summary>
public sealed class VmmsEventXmlTests
{
    private const string SqlVm = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    [Theory]
    [InlineData(32315, 1041, "Hyper-V failed to replicate changes for virtual machine sql01 (Virtual Machine ID 3F2504E0-4F89-11D3-9A0C-0305E82C3301). Hyper-V will retry replication after 5 minute(s).")]
    [InlineData(32022, 1042, "Hyper-V could not replicate changes for virtual machine sql01: The operation has been canceled (0x00002EF1). (Virtual Machine ID 3F2504E0-4F89-11D3-9A0C-0305E82C3301)")]
    [InlineData(32546, 1043, "sql01 failed to perform the operation. The virtual machine is not in a valid state to perform the operation. (Virtual machine ID 3F2504E0-4F89-11D3-9A0C-0305E82C3301)")]
    [InlineData(19050, 1044, "sql01 failed to perform the operation. The virtual machine is not in a valid state to perform the operation. (Virtual machine ID 3F2504E0-4F89-11D3-9A0C-0305E82C3301)")]
    [InlineData(32056, 1045, "Hyper-V failed to apply replication logs for sql01: Operation aborted (0x80004004). (Virtual Machine ID 3F2504E0-4F89-11D3-9A0C-0305E82C3301)")]
    [InlineData(32032, 1046, "Hyper-V failed to complete apply for sql01: Operation aborted (0x80004004). (Virtual machine ID 3F2504E0-4F89-11D3-9A0C-0305E82C3301)")]
    [InlineData(33680, 1047, "Replication operation for virtual machine sql01 failed. (Virtual machine ID 3F2504E0-4F89-11D3-9A0C-0305E82C3301) (Primary server: 'primaryServer.contoso.com', Replica server: 'secondaryServer.contoso.com')")]
    [InlineData(32086, 1048, "Hyper-V suspended replication for virtual machine sql01 due to a non-recoverable failure. Resume replication after correcting the failure. (Virtual machine ID 3F2504E0-4F89-11D3-9A0C-0305E82C3301)")]
    public void Parse_GetWinEventRecord_ReadsEachSeedEvent(int eventId, long recordId, string message)
    {
        var events = VmmsEventXml.Parse(Recorded("vmms-events.xml"));

        var (record, read) = events.Single(e => e.Event.EventId == eventId);
        record.ShouldBe(recordId);
        read.Source.ShouldBe("Microsoft-Windows-Hyper-V-VMMS");
        read.Level.ShouldBe(ReplicationEventLevel.Error);
        read.VmId.ShouldBe(SqlVm, "from UserData, EventData or, failing both, the message");
        read.Message.ShouldBe(message);
        read.TimeCreated.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Parse_ReturnsEveryRecordInRecordOrder()
    {
        var events = VmmsEventXml.Parse(Recorded("vmms-events.xml"));

        events.Select(e => e.Event.EventId).ShouldBe([32315, 32022, 32546, 19050, 32056, 32032, 33680, 32086]);
        events.Select(e => e.Event.EventId).Order().ShouldBe(VmmsEvents.Ids.Order());
    }

    [Fact]
    public void Parse_WevtutilRenderedXml_TakesTheMessageFromRenderingInfo()
    {
        var (record, read) = VmmsEventXml.Parse(Recorded("wevtutil-rendered.xml")).ShouldHaveSingleItem();

        (record, read.EventId, read.VmId).ShouldBe((2001L, 32086, "8c0e3f0a-2b6d-4c4e-9f3a-1d2e3f4a5b6c"));
        read.Message.ShouldStartWith("Hyper-V suspended replication for virtual machine web01");
        read.TimeCreated.ShouldBe(new DateTimeOffset(2026, 11, 22, 4, 10, 0, TimeSpan.Zero));
    }

    [Fact]
    public void FromXml_AfterABookmark_KeepsOnlyNewerRecords_AndMovesTheBookmark()
    {
        var read = VmmsEventRead.FromXml(Recorded("vmms-events.xml"), afterRecordId: 1046);

        read.Events.Select(e => e.EventId).ShouldBe([33680, 32086]);
        read.LastRecordId.ShouldBe(1048);
        VmmsEventRead.FromXml(Recorded("vmms-events.xml"), 1048).ShouldSatisfyAllConditions(
            r => r.Events.ShouldBeEmpty(),
            r => r.LastRecordId.ShouldBe(1048));
    }

    [Fact]
    public void Parse_EmptyOutput_IsNoEvents()
    {
        VmmsEventXml.Parse("<Events>\n</Events>").ShouldBeEmpty();
        VmmsEventXml.Parse("").ShouldBeEmpty();
    }

    [Fact]
    public void ReadEvents_FiltersTheSeedIdsAfterTheBookmark()
    {
        var command = PowerShellCommands.ReadEvents(1048, TimeSpan.FromHours(1));

        command.ShouldContain("Get-WinEvent -LogName 'Microsoft-Windows-Hyper-V-VMMS-Admin'");
        command.ShouldContain("EventID=32315 or EventID=32022 or EventID=32546 or EventID=19050 or EventID=32056 or EventID=32032 or EventID=33680 or EventID=32086");
        command.ShouldContain("EventRecordID > 1048");
        PowerShellCommands.ReadEvents(null, TimeSpan.FromHours(1)).ShouldContain("timediff(@SystemTime) <= 3600000");
    }

    internal static string Recorded(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Recorded", name));
}
