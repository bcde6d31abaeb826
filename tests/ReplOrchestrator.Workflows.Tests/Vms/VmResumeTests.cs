using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Vms;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Vms;

/// <summary>
/// When a VM monitor resumes replication by itself, read from the seed's restart script: only a VM suspended
/// at shutdown that is still Suspended or Error, once per suspension, and a failure said on the alert.
/// </summary>
public sealed class VmResumeTests
{
    private static readonly ResumeAttempt s_asked = new("resume-1", T0.AddMinutes(-5));

    public static TheoryData<bool, bool, ReplicationState, bool, bool> RequestCases() => new()
    {
        // option, shutdown pair, state, already asked this suspension, asks
        { true, true, ReplicationState.Suspended, false, true },
        { true, true, ReplicationState.Error, false, true }, // the script resumes Error too
        { true, false, ReplicationState.Suspended, false, false }, // 32086 alone: correct the failure first
        { true, true, ReplicationState.Replicating, false, false }, // already running again
        { true, true, ReplicationState.Paused, false, false }, // paused by someone: not ours to resume
        { true, true, ReplicationState.Suspended, true, false }, // once per suspension
        { false, true, ReplicationState.Suspended, false, false }, // off by default
    };

    [Theory]
    [MemberData(nameof(RequestCases))]
    public void ShouldRequest_DecidesAsTheRestartScriptWould(bool option, bool pair, ReplicationState replication, bool asked, bool expected)
    {
        var state = HealthyHyperVVm() with { State = replication, Resume = asked ? s_asked : null };

        VmResume.ShouldRequest(state, pair, new MonitorOptions { AutoResumeSuspendedReplication = option }).ShouldBe(expected);
    }

    [Theory]
    [InlineData(ReplicationState.Replicating, false)]
    [InlineData(ReplicationState.Suspended, true)]
    [InlineData(ReplicationState.Error, true)]
    [InlineData(ReplicationState.Paused, true)]
    public void Observed_TheAttemptLastsUntilReplicationRunsAgain(ReplicationState replication, bool kept)
    {
        var state = HealthyHyperVVm() with { State = replication, Resume = s_asked with { Succeeded = false } };

        (VmResume.Observed(state).Resume is not null).ShouldBe(kept);
    }

    [Fact]
    public void Requested_RemembersTheCommand() =>
        VmResume.Requested(HealthyHyperVVm(), "resume-1", T0).Resume.ShouldBe(new ResumeAttempt("resume-1", T0));

    [Fact]
    public void Answered_Failed_FiresTheSuspensionAlertWithTheAnswerAndKeepsTheAttempt()
    {
        var state = HealthyHyperVVm() with { Name = "sql01", State = ReplicationState.Suspended, Resume = s_asked, Open = [Open(CatalogCodes.HyperVReplicationSuspended, T0.AddMinutes(-6), AlertSeverity.Critical)] };

        var (next, delivery) = VmResume.Answered(state, new CommandResult("resume-1", false, "access denied"), T0, "sig-1");

        next.Resume.ShouldBe(s_asked with { Succeeded = false });
        (delivery!.Key, delivery.Signal.Kind, delivery.Signal.SignalId).ShouldBe((AlertKey.Create(ApplianceId, VmId, CatalogCodes.HyperVReplicationSuspended), AlertSignalKind.Fire, "sig-1"));
        var alert = delivery.Signal.Alert!;
        alert.ProbableCauses[0].ShouldBe(alert.ProbableCauses[0] with { Confidence = CauseConfidence.Likely });
        alert.ProbableCauses[0].Evidence.ShouldBe(["ResumeReplication resume-1 failed: access denied"]);
        alert.RecommendedActions[0].ShouldContain("`Get-VMReplication -VMName 'sql01'`");
        next.Open.ShouldBe([Open(CatalogCodes.HyperVReplicationSuspended, T0.AddMinutes(-6), AlertSeverity.Critical) with { LastEventAt = T0 }]);
    }

    [Fact]
    public void Answered_Succeeded_RecordsItAndAlertsNothing()
    {
        var (next, delivery) = VmResume.Answered(HealthyHyperVVm() with { Resume = s_asked }, new CommandResult("resume-1", true, "replication resumed"), T0, "sig-1");

        (next.Resume, delivery).ShouldBe((s_asked with { Succeeded = true }, null));
    }

    public static TheoryData<ResumeAttempt?, string> IgnoredCases() => new()
    {
        { null, "resume-1" }, // nothing asked
        { s_asked, "resume-2" }, // another command's answer
        { s_asked with { Succeeded = false }, "resume-1" }, // answered already
    };

    [Theory]
    [MemberData(nameof(IgnoredCases))]
    public void Answered_NotThisSuspensionsOpenCommand_ChangesNothing(ResumeAttempt? attempt, string commandId)
    {
        var state = HealthyHyperVVm() with { Resume = attempt };

        var (next, delivery) = VmResume.Answered(state, new CommandResult(commandId, false, "failed"), T0, "sig-1");

        (next, delivery).ShouldBe((state, null));
    }
}
