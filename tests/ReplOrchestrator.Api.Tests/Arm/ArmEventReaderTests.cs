using System.Text.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Api.Arm.Events;
using ReplOrchestrator.Api.Arm.Items;
using ReplOrchestrator.Local.Simulation.Arm;

namespace ReplOrchestrator.Api.Tests.Arm;

public sealed class ArmEventReaderTests
{
    private const string VaultId = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.RecoveryServices/vaults/vault-a";
    private static readonly DateTimeOffset s_now = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);
    private static readonly MigrationItemJson s_sql01 = new("item-sql01", "sql01");

    [Fact]
    public void Read_FailedCycleEvent_ReadsEveryFieldUsed()
    {
        var read = Read(new ReplicationEventJson(s_sql01, "1022", "Host connection refused", s_now) { ErrorCreatedAt = s_now.AddSeconds(-20) }.ToJson(VaultId));

        (read.Description, read.Severity, read.OccurredAt, read.AffectedObject).ShouldBe(("Replication cycle failed", "Critical", s_now, "sql01"));
        (read.MigrationItemName, read.CorrelationId).ShouldBe(("item-sql01", "corr-item-sql01"));
        read.Failures.ShouldHaveSingleItem().ShouldBe(new ArmHealthError("1022", "Host connection refused", "See the troubleshooting article.", "See the troubleshooting article.", s_now.AddSeconds(-20)));
    }

    [Fact]
    public void Failures_ErrorWithoutCreationTime_IsDatedByTheEvent_AndAnOkEventReportsNone()
    {
        var failed = Read(new ReplicationEventJson(s_sql01, "1022", "Host connection refused", s_now).ToJson(VaultId));
        var recovered = Read(new ReplicationEventJson(s_sql01, "1022", "Host connection refused", s_now) { Severity = "OK" }.ToJson(VaultId));

        failed.Failures.ShouldHaveSingleItem().CreatedAt.ShouldBe(s_now);
        recovered.Failures.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(true, "item-sql01", true)]
    [InlineData(false, "item-sql01", true)]
    [InlineData(true, "item-web01", false)]
    public void IsAbout_ItemNamedByTheProviderDetailsOrByCorrelationId(bool namesTheItem, string itemName, bool about)
    {
        var read = Read(new ReplicationEventJson(s_sql01, "1022", "m", s_now) { NamesTheItem = namesTheItem }.ToJson(VaultId));
        var item = new MigrationItem($"/items/{itemName}", itemName, "sql01", "Replicating", [], null) { EventCorrelationId = $"corr-{itemName}" };

        read.IsAbout(item).ShouldBe(about);
    }

    [Theory]
    [InlineData("""{"properties":{"timeOfOccurrence":"2026-11-22T04:00:00Z"}}""", "has no name")]
    [InlineData("""{"name":"e"}""", "has no properties")]
    [InlineData("""{"name":"e","properties":{"description":"Replication cycle failed"}}""", "has no timeOfOccurrence")]
    [InlineData("""{"name":"e","properties":{"timeOfOccurrence":"yesterday"}}""", "")]
    public void Read_MalformedEvent_SaysWhyInsteadOfThrowing(string text, string expected)
    {
        using var document = JsonDocument.Parse(text);

        ArmEventReader.Read(document.RootElement, out var problem).ShouldBeNull();

        problem.ShouldNotBeNullOrEmpty();
        problem.ShouldContain(expected);
    }

    private static ArmEvent Read(JsonObject json)
    {
        using var document = JsonDocument.Parse(json.ToJsonString());
        return ArmEventReader.Read(document.RootElement.Clone(), out var problem) ?? throw new InvalidOperationException(problem);
    }
}
