using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Workflows.Tests.Scenarios;

/// <summary>
/// A Critical alert whose every documented cause the probes rule out still says what to do: what was
/// checked, what to collect from the appliance and where, and when to open a support case with which ids.
/// </summary>
public sealed class EveryCheckPassesScenarioTests
{
    private const string LogsFolder = @"C:\ProgramData\Microsoft Azure\Logs";

    [Fact]
    public async Task DisposeArtefactsHangs_EveryCheckPasses_AlertSaysWhatPassedWhatToCollectAndWhenToOpenASupportCase()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-app02").StartCycle("c-5", harness.Now, phase: CyclePhase.DisposeArtefacts);
        await harness.HeartbeatsForAsync(appliance, TimeSpan.FromMinutes(31));

        appliance.AnswerProbes(await harness.PendingProbeCommandAsync(appliance));
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.DisposeArtefactsTimedOut);
        alert!.Severity.ShouldBe(AlertSeverity.Critical);
        alert.ProbableCauses.ShouldAllBe(c => c.Confidence == CauseConfidence.RuledOut);
        alert.RecommendedActions[0].ShouldStartWith("Every documented cause was checked and ruled out: ApplianceHeartbeat passed");
        alert.RecommendedActions[0].ShouldContain("GatewayService passed");
        alert.RecommendedActions.ShouldContain(a => a.Contains(LogsFolder, StringComparison.Ordinal));
        alert.RecommendedActions[^1].ShouldContain("open a support case");
        alert.RecommendedActions[^1].ShouldContain("error 181008 (DisposeArtefactsTimedOut), VM vm-app02, cycle c-5, appliance appl-contoso-01");
        harness.Published.For(CatalogCodes.DisposeArtefactsTimedOut)[^1].RecommendedActions.ShouldBe(alert.RecommendedActions);
    }

    [Fact]
    public async Task HostConnectionRefused1022_EveryCheckPasses_StepsNameTheHostAndSayWhenToOpenASupportCase()
    {
        await using var harness = WorkflowHarness.Create();
        var appliance = TestAppliance.AzureMigrate();
        var vm = appliance.AddVm("vm-db04", host: "esx07.contoso.local").StartCycle("c-9", harness.Now, phase: CyclePhase.Upload);
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        vm.Fail("1022", "The Azure Migrate appliance is unable to connect to the vSphere host 'esx07.contoso.local'");
        await harness.SendAsync(appliance.Heartbeat(harness.Now));
        var before = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HostConnectionRefused);
        before!.RecommendedActions.ShouldContain(a => a.Contains("`nslookup esx07.contoso.local`", StringComparison.Ordinal));
        before.RecommendedActions.ShouldContain(a => a.Contains("`Test-NetConnection esx07.contoso.local -Port 902`", StringComparison.Ordinal));

        appliance.AnswerProbes(await harness.PendingProbeCommandAsync(appliance));
        await harness.AdvanceAsync(TimeSpan.FromMinutes(1));
        await harness.SendAsync(appliance.Heartbeat(harness.Now));

        var alert = await harness.AlertAsync(appliance.Id, vm.VmId, CatalogCodes.HostConnectionRefused);
        alert!.ProbableCauses.ShouldAllBe(c => c.Confidence == CauseConfidence.RuledOut);
        alert.RecommendedActions[0].ShouldContain("EsxiDns passed");
        alert.RecommendedActions[0].ShouldContain("EsxiTcp902 passed");
        alert.RecommendedActions.ShouldContain(a => a.Contains(LogsFolder, StringComparison.Ordinal));
        alert.RecommendedActions[^1].ShouldContain("error 1022 (HostConnectionRefused), VM vm-db04, cycle c-9, appliance appl-contoso-01");
    }
}
