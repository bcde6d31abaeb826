using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Local.Demo;
using ReplOrchestrator.Local.Demo.Arm;
using ReplOrchestrator.TestUtilities.Notifications;

namespace ReplOrchestrator.Local.Tests.Demo.Arm;

/// <summary>What makes the ARM demo succeed or fail: each expected alert raised under the vault's appliance, with its id, then resolved.</summary>
public sealed class ArmDemoOutcomeTests
{
    private const string Appliance = "arm-contoso-migrate-demo";
    private static readonly ArmSituation s_uploadStall = ArmDemoVault.Situations.Single(s => s.Name == ScenarioNames.UploadStall);

    [Fact]
    public void RaisedWithItsIdAndResolved_IsNoProblem()
    {
        var tally = new AlertTally();
        var raised = Stall();
        tally.Add(raised);
        tally.Add(TestAlerts.Resolve(raised, TestAlerts.FiredAt.AddSeconds(20)));

        var outcome = Judge(tally);

        outcome.Problem.ShouldBeNull();
        outcome.Raised.ShouldBe(raised);
        outcome.Subject.ShouldBe($"{Appliance}/item-app02/DiskUploadTimedOut (1011)");
    }

    [Theory]
    [InlineData(false, false, false, "never raised")]
    [InlineData(true, false, false, "never resolved")]
    [InlineData(true, true, true, "never resolved")]
    public void NotRaised_OrNotResolvedSinceItLastFired_SaysSo(bool raise, bool resolve, bool fireAgain, string expected)
    {
        var tally = new AlertTally();
        var raised = Stall();
        if (raise)
        {
            tally.Add(raised);
        }

        if (resolve)
        {
            tally.Add(TestAlerts.Resolve(raised, TestAlerts.FiredAt.AddSeconds(20)));
        }

        if (fireAgain)
        {
            tally.Add(raised with { Id = "second-episode", FirstSeen = TestAlerts.FiredAt.AddSeconds(30) });
        }

        Judge(tally).Problem.ShouldBe(expected);
    }

    [Fact]
    public void RaisedWithoutTheMicrosoftId_SaysWhichItCarried()
    {
        var tally = new AlertTally();
        var raised = Stall() with { ErrorId = null };
        tally.Add(raised);
        tally.Add(TestAlerts.Resolve(raised, TestAlerts.FiredAt.AddSeconds(20)));

        Judge(tally).Problem.ShouldBe("raised with error id none, not 1011");
    }

    [Fact]
    public void TheSameAlertUnderAnotherAppliance_DoesNotCount()
    {
        var tally = new AlertTally();
        var elsewhere = TestAlerts.Fire(CatalogCodes.DiskUploadTimedOut, "appl-01", s_uploadStall.ItemName);
        tally.Add(elsewhere);
        tally.Add(TestAlerts.Resolve(elsewhere, TestAlerts.FiredAt.AddSeconds(20)));

        Judge(tally).Problem.ShouldBe("never raised");
    }

    private static Alert Stall() => TestAlerts.Fire(CatalogCodes.DiskUploadTimedOut, Appliance, s_uploadStall.ItemName);

    private static ArmDemoOutcome Judge(AlertTally tally) => ArmDemoOutcome.Judge([s_uploadStall], tally).ShouldHaveSingleItem();
}
