using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Alerts;

/// <summary>A failed automatic resume, reported on the suspension alert as Microsoft's restart script reports it (event 3).</summary>
public sealed class ResumeFailureAlertTests
{
    private static readonly AlertContext s_vm = new() { ApplianceId = "hv-primary-01", VmId = "vm-sql01" };

    [Fact]
    public void Fire_ResumeAnsweredNotOk_TheAnswerIsEvidenceAndTheManualCheckComesFirst()
    {
        var alert = ResumeFailureAlert.Fire(s_vm, "sql01", new CommandResult("resume-1", false, "the replica server did not respond"), Epoch);

        (alert.Code, alert.Severity, alert.ErrorId, alert.Status).ShouldBe((CatalogCodes.HyperVReplicationSuspended, AlertSeverity.Critical, (int?)32086, AlertStatus.Firing));
        alert.Summary.ShouldBe("Replication was suspended at shutdown (32086 with 32022) and the automatic resume failed: the replica server did not respond. "
            + "It stays suspended until someone checks it and resumes it.");
        var leading = alert.ProbableCauses[0];
        leading.Confidence.ShouldBe(CauseConfidence.Likely);
        leading.Evidence.ShouldBe(["ResumeReplication resume-1 failed: the replica server did not respond"]);
        leading.Cause.ShouldContain("non-recoverable");
        alert.ProbableCauses[1].Confidence.ShouldBe(CauseConfidence.Possible);
        alert.RecommendedActions[0].ShouldStartWith("The automatic resume failed (ResumeReplication resume-1 failed: the replica server did not respond).");
        alert.RecommendedActions[0].ShouldContain("check the replication status manually");
        alert.RecommendedActions[0].ShouldContain("`Resume-VMReplication -VMName 'sql01'`");
        alert.RecommendedActions.Count.ShouldBeGreaterThan(1);
    }

    [Theory]
    [InlineData(null, "no detail given")]
    [InlineData("  ", "no detail given")]
    [InlineData("access denied\r\nat line 3", "access denied at line 3")]
    public void Fire_AnswerWithoutOrWithMultilineDetail_SaysSoOnOneLine(string? detail, string shown) =>
        ResumeFailureAlert.Fire(s_vm, "sql01", new CommandResult("resume-1", false, detail), Epoch)
            .ProbableCauses[0].Evidence.ShouldBe([$"ResumeReplication resume-1 failed: {shown}"]);

    [Fact]
    public void Fire_VmNameWithAQuote_IsQuotedForPowerShell() =>
        ResumeFailureAlert.Fire(s_vm, "O'Brien db", new CommandResult("resume-1", false, "failed"), Epoch)
            .RecommendedActions[0].ShouldContain("`Get-VMReplication -VMName 'O''Brien db'`");
}
