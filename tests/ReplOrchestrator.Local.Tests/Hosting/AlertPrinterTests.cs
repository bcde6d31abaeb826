using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Local.Hosting;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>The console after a restart: an alert published before it is an update when published again, not a new alert.</summary>
public sealed class AlertPrinterTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 22, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public async Task AlertPublishedBeforeARestart_PrintsAsUpdatedAfterIt()
    {
        using var directory = new TemporaryDirectory();
        var journal = Path.Combine(directory.Path, "alerts.jsonl");
        var before = new EmbeddedAlertTopic(journal);
        await before.PublishAsync(Alert("a-1", AlertStatus.Firing), CancellationToken.None);
        await before.PublishAsync(Alert("a-2", AlertStatus.Firing), CancellationToken.None);
        await before.PublishAsync(Alert("a-2", AlertStatus.Resolved), CancellationToken.None);

        // Started again on the same folder: a new topic and printer over the same journal.
        var topic = new EmbeddedAlertTopic(journal);
        using var written = new StringWriter();
        using var output = TextWriter.Synchronized(written);
        using var printer = new AlertPrinter(topic, output);
        await printer.StartAsync(CancellationToken.None);
        await topic.PublishAsync(Alert("a-1", AlertStatus.Firing) with { Occurrences = 2 }, CancellationToken.None);
        await topic.PublishAsync(Alert("a-3", AlertStatus.Firing), CancellationToken.None);
        await WaitForLinesAsync(output, written, 2);
        await printer.StopAsync(CancellationToken.None);

        Text(output, written).Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(
        [
            "03:04:05 UPDATED  Critical appl-a/vm-1/DiskUploadTimedOut  disk-0 stalled",
            "03:04:05 FIRING   Critical appl-a/vm-1/DiskUploadTimedOut  disk-0 stalled",
        ]);
    }

    [Fact]
    public void Resume_JournalWithATornLastLine_ReadsTheWholeLinesBeforeIt()
    {
        using var directory = new TemporaryDirectory();
        var journal = Path.Combine(directory.Path, "alerts.jsonl");
        File.WriteAllText(journal, Domain.Contracts.ContractJson.Serialize(Alert("a-1", AlertStatus.Firing)) + "\n{\"schema\":\"repl-al");

        var lines = AlertLines.Resume(journal);

        lines.Next(Alert("a-1", AlertStatus.Firing)).ShouldContain(" UPDATED ");
    }

    [Fact]
    public void Resume_NoJournal_StartsEmpty() =>
        AlertLines.Resume(null).Next(Alert("a-1", AlertStatus.Firing)).ShouldContain(" FIRING ");

    private static async Task WaitForLinesAsync(TextWriter output, StringWriter written, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Text(output, written).Count(c => c == '\n') < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }

    // The synchronized writer locks itself while it writes, so reading under the same lock sees whole lines.
    private static string Text(TextWriter output, StringWriter written)
    {
        lock (output)
        {
            return written.ToString();
        }
    }

    private static Alert Alert(string id, AlertStatus status) =>
        new(Domain.Alerts.Alert.SchemaV1, id, "appl-a/vm-1/DiskUploadTimedOut", status, AlertSeverity.Critical, "DiskUploadTimedOut", 1011,
            "appl-a", "vm-1", "c-1", "Disk upload timed out", "disk-0 stalled", [], [], [], s_at, s_at, 1, []);
}
