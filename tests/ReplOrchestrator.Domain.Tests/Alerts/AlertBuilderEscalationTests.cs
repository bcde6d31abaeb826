using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Alerts;

/// <summary>
/// Every alert says what to do next, even when every documented cause is ruled out: what was checked,
/// what to collect and where, and when to open a support case with which ids.
/// </summary>
public sealed class AlertBuilderEscalationTests
{
    private const string HostMessage = "The Azure Migrate appliance is unable to connect to the vSphere host 'esx07.contoso.local'";

    private static readonly AlertContext s_vm = new() { ApplianceId = "appl-contoso-01", VmId = "vm-sql01", CycleId = "c-17" };

    public enum Outcome
    {
        EveryProbePassed,
        NoProbeRan,
        EveryProbeFailed,
    }

    public static TheoryData<string, Outcome> EveryEntryAndOutcome()
    {
        var data = new TheoryData<string, Outcome>();
        foreach (var entry in ErrorCatalog.Entries)
        {
            foreach (var outcome in Enum.GetValues<Outcome>())
            {
                data.Add(entry.Code, outcome);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryEntryAndOutcome))]
    public void Fire_AnyEntryAnyProbeOutcome_RecommendsAtLeastOneStep(string code, Outcome outcome)
    {
        var entry = ErrorCatalog.Get(code);
        var results = Results(entry, outcome);

        var alert = AlertBuilder.Fire(entry, s_vm, CauseAnalysis.Assess(entry, results), results, Epoch);

        alert.RecommendedActions.ShouldNotBeEmpty($"{code} ({entry.Severity}) after {outcome}");
        alert.RecommendedActions.ShouldAllBe(a => !string.IsNullOrWhiteSpace(a));
    }

    [Fact]
    public void Fire_EveryCriticalEntryAsAnApplianceAlert_EveryProbePassed_RecommendsAStep()
    {
        foreach (var entry in ErrorCatalog.Entries.Where(e => e.Severity == AlertSeverity.Critical))
        {
            var results = Results(entry, Outcome.EveryProbePassed);

            var alert = AlertBuilder.Fire(entry, new AlertContext { ApplianceId = "appl-contoso-01" }, [], results, Epoch);

            alert.RecommendedActions.ShouldNotBeEmpty(entry.Code);
        }
    }

    [Fact]
    public void DisposeArtefactsTimedOut181008_EveryCheckPassed_SaysWhatPassedWhatToCollectAndWhenToOpenACase()
    {
        var entry = ErrorCatalog.Get(CatalogCodes.DisposeArtefactsTimedOut);
        var results = Results(entry, Outcome.EveryProbePassed);

        var alert = AlertBuilder.Fire(entry, s_vm, CauseAnalysis.Assess(entry, results), results, Epoch);

        alert.ProbableCauses.ShouldAllBe(c => c.Confidence == CauseConfidence.RuledOut);
        var steps = alert.RecommendedActions;
        steps[0].ShouldStartWith("Every documented cause was checked and ruled out");
        steps[0].ShouldContain("GatewayService passed");
        steps[0].ShouldContain("StorageWrite passed");
        steps[0].ShouldContain("ServiceBus passed");
        steps[0].ShouldContain("KeyVaultTcp passed");
        steps.ShouldContain(s => s.Contains(@"C:\ProgramData\Microsoft Azure\Logs", StringComparison.Ordinal));
        steps.ShouldContain(s => s.Contains("Health error Details", StringComparison.Ordinal));
        var support = steps[^1];
        support.ShouldContain("support case");
        support.ShouldContain("error 181008");
        support.ShouldContain("VM vm-sql01");
        support.ShouldContain("cycle c-17");
        support.ShouldContain("appliance appl-contoso-01");
    }

    [Fact]
    public void HostConnectionRefused1022_EveryCheckPassed_SaysBothChecksPassedAndWhenToOpenACase()
    {
        var classification = ErrorClassifier.Classify(new ErrorReport(ApplianceKind.AzureMigrateVMware, "1022", HostMessage, null));
        var results = Results(classification.Entry, Outcome.EveryProbePassed, "esx07.contoso.local");

        var alert = AlertBuilder.Fire(classification, s_vm, CauseAnalysis.Assess(classification.Entry, results), results, Epoch);

        var steps = alert.RecommendedActions;
        steps[0].ShouldContain("EsxiDns passed in 5 ms (esx07.contoso.local)");
        steps[0].ShouldContain("EsxiTcp902 passed in 5 ms (esx07.contoso.local)");
        steps.ShouldContain(s => s.Contains(@"C:\ProgramData\Microsoft Azure\Logs", StringComparison.Ordinal));
        steps[^1].ShouldContain("error 1022");
        steps[^1].ShouldContain("VM vm-sql01");
    }

    [Fact]
    public void HostConnectionRefused1022_HostInTheErrorText_EveryStepNamesIt()
    {
        var classification = ErrorClassifier.Classify(new ErrorReport(ApplianceKind.AzureMigrateVMware, "1022", HostMessage, null));

        var alert = AlertBuilder.Fire(classification, s_vm, [], [], Epoch);

        alert.RecommendedActions.ShouldContain(s => s.Contains("`nslookup esx07.contoso.local`", StringComparison.Ordinal));
        alert.RecommendedActions.ShouldContain(s => s.Contains("`Test-NetConnection esx07.contoso.local -Port 902`", StringComparison.Ordinal));
        alert.RecommendedActions.ShouldAllBe(s => !s.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void Fire_SomeCauseLeft_AddsNoEscalation()
    {
        var entry = ErrorCatalog.Get(CatalogCodes.DisposeArtefactsTimedOut);
        ProbeResult[] results = [.. Results(entry, Outcome.EveryProbePassed).Where(r => r.Probe != ProbeKind.ServiceBus)];

        var alert = AlertBuilder.Fire(entry, s_vm, CauseAnalysis.Assess(entry, results), results, Epoch);

        alert.RecommendedActions.ShouldHaveSingleItem().ShouldContain("Service Bus Explorer");
    }

    // One result per probe of the entry's plan; "no probe ran" is no result at all.
    private static ProbeResult[] Results(CatalogEntry entry, Outcome outcome, string target = "target:443") => outcome switch
    {
        Outcome.NoProbeRan => [],
        _ => [.. ProbePlan.For(entry).Probes.Select(p => new ProbeResult("dx-1", p, target, outcome == Outcome.EveryProbePassed, 5, outcome == Outcome.EveryProbePassed ? "ok" : "refused"))],
    };
}
