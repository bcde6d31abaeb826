using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Local.Hosting;

namespace ReplOrchestrator.Local.Tests.Hosting;

public sealed class AlertLinesTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 22, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void AlertPublishedAgainWhileFiring_ReadsAsAnUpdateWithItsLeadingCause()
    {
        var lines = new AlertLines();
        var raised = Alert("a-1", AlertStatus.Firing, new AlertCause("The gateway service is stopped.", CauseConfidence.Possible, []));
        var diagnosed = raised with { ProbableCauses = [new("The storage account is unreachable.", CauseConfidence.Confirmed, ["StorageWrite failed"])] };

        lines.Next(raised).ShouldBe("03:04:05 FIRING   Critical appl-a/vm-1/DiskUploadTimedOut  disk-0 stalled\n"
            + "                  possible cause: The gateway service is stopped.");
        lines.Next(diagnosed).ShouldStartWith("03:04:05 UPDATED  Critical appl-a/vm-1/DiskUploadTimedOut");
        lines.Next(diagnosed).ShouldEndWith("confirmed cause: The storage account is unreachable.");
        lines.Next(diagnosed with { Status = AlertStatus.Resolved }).ShouldBe("03:04:05 RESOLVED Critical appl-a/vm-1/DiskUploadTimedOut  disk-0 stalled");
    }

    [Fact]
    public void SameKeyFiringAgainAfterResolving_IsANewAlert()
    {
        var lines = new AlertLines();
        lines.Next(Alert("a-1", AlertStatus.Firing));
        lines.Next(Alert("a-1", AlertStatus.Resolved));

        lines.Next(Alert("a-2", AlertStatus.Firing)).ShouldContain(" FIRING ");
    }

    [Fact]
    public void RuledOutLeadingCause_IsNotPrintedAsACause() =>
        new AlertLines().Next(Alert("a-1", AlertStatus.Firing, new AlertCause("DNS", CauseConfidence.RuledOut, []))).ShouldNotContain("cause:");

    private static Alert Alert(string id, AlertStatus status, params AlertCause[] causes) =>
        new(ReplOrchestrator.Domain.Alerts.Alert.SchemaV1, id, "appl-a/vm-1/DiskUploadTimedOut", status, AlertSeverity.Critical, "DiskUploadTimedOut", 1011,
            "appl-a", "vm-1", "c-1", "Disk upload timed out", "disk-0 stalled", causes, [], [], s_at, s_at, 1, []);
}
