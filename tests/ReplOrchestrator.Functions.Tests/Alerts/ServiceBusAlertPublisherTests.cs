using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Functions.Alerts;
using ReplOrchestrator.Functions.Tests.Support;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Functions.Tests.Alerts;

public sealed class ServiceBusAlertPublisherTests
{
    private static readonly DateTimeOffset s_seen = new(2026, 12, 5, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task PublishAsync_SendsTheAlertContractAsTheBody()
    {
        var sender = new RecordingSender();
        var alert = Sample(AlertStatus.Firing, s_seen);

        await new ServiceBusAlertPublisher(sender).PublishAsync(alert, CancellationToken.None);

        var message = sender.Sent.ShouldHaveSingleItem();
        message.ContentType.ShouldBe("application/json");
        message.Subject.ShouldBe(alert.Code);
        message.CorrelationId.ShouldBe(alert.Id);
        message.ApplicationProperties["dedupKey"].ShouldBe(alert.DedupKey);
        message.ApplicationProperties["status"].ShouldBe("Firing");
        message.Body.ToString().ShouldBe(ContractJson.Serialize(alert));
    }

    [Fact]
    public async Task PublishAsync_SameAlertTwice_SendsTheSameMessageIdForDuplicateDetection()
    {
        var sender = new RecordingSender();
        IAlertPublisher publisher = new ServiceBusAlertPublisher(sender);

        // A retried publishing activity sends the very same alert again.
        await publisher.PublishAsync(Sample(AlertStatus.Firing, s_seen), CancellationToken.None);
        await publisher.PublishAsync(Sample(AlertStatus.Firing, s_seen), CancellationToken.None);

        sender.Sent.Select(m => m.MessageId).Distinct().ShouldHaveSingleItem();
    }

    [Fact]
    public void Id_DiffersForAnotherStatusSightingOrEpisode()
    {
        var firing = AlertMessage.Id(Sample(AlertStatus.Firing, s_seen));

        AlertMessage.Id(Sample(AlertStatus.Resolved, s_seen)).ShouldNotBe(firing);
        AlertMessage.Id(Sample(AlertStatus.Firing, s_seen.AddMinutes(5))).ShouldNotBe(firing);
        AlertMessage.Id(Sample(AlertStatus.Firing, s_seen) with { Id = "another-episode" }).ShouldNotBe(firing);
    }

    [Fact]
    public void Id_IgnoresWhatChangesWithoutANewSighting()
    {
        var alert = Sample(AlertStatus.Firing, s_seen);

        AlertMessage.Id(alert with { Summary = "reworded" }).ShouldBe(AlertMessage.Id(alert));
        AlertMessage.Id(alert).Length.ShouldBe(32);
    }

    private static Alert Sample(AlertStatus status, DateTimeOffset lastSeen) => new(
        Alert.SchemaV1, "a-7f3c", "appl-func/vm-sql01/DiskUploadTimedOut", status, AlertSeverity.Critical, "DiskUploadTimedOut", 1011,
        "appl-func", "vm-sql01", "c-sql-1", "Disk upload timed out", "No bytes moved for 45 minutes", [], [], [],
        s_seen.AddHours(-1), lastSeen, 3, []);
}
