using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Local.Demo;
using ReplOrchestrator.Local.Simulation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ReplOrchestrator.Local.Tests.Demo;

/// <summary>The demo's live screen on terminals of common sizes: the fleet stays whole and alerts never wrap.</summary>
public sealed class DemoBoardTests
{
    private static readonly DateTimeOffset s_at = new(2026, 11, 22, 3, 4, 5, TimeSpan.Zero);

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 30)]
    [InlineData(120, 40)]
    [InlineData(140, 45)]
    [InlineData(200, 60)]
    public void FifteenVmsAndEightLongAlerts_FitTheTerminalWithTheFleetOnTop(int width, int height)
    {
        var vms = Fleet(15);
        var lines = Draw(width, height, vms, Alerts(8));

        lines.Count.ShouldBeLessThanOrEqualTo(height, string.Join('\n', lines));
        lines[0].ShouldContain("Replication");
        lines.ShouldAllBe(line => line.Length <= width);
        lines.Count(line => line.Contains("vm07 DisposeArtefactsTimedOut", StringComparison.Ordinal)).ShouldBe(1);
        vms.ShouldAllBe(vm => lines.Count(line => line.Contains($"{vm.Name} ", StringComparison.Ordinal) && line.Contains("hyperv-", StringComparison.Ordinal)) == 1);
    }

    [Fact]
    public void RoomyTerminal_ShowsEveryRecentAlertWithItsChangeAndLeadingCause()
    {
        var lines = Draw(200, 60, Fleet(3), Alerts(3));

        lines.ShouldContain(line => line.Contains(" firing ", StringComparison.Ordinal) && line.Contains("vm00 DisposeArtefactsTimedOut", StringComparison.Ordinal));
        lines.ShouldContain(line => line.Contains(" updated ", StringComparison.Ordinal) && line.Contains("confirmed: TCP 902", StringComparison.Ordinal));
        lines.ShouldContain(line => line.Contains(" resolved ", StringComparison.Ordinal) && line.Contains("vm02 Dispose", StringComparison.Ordinal), string.Join("\n", lines));
    }

    [Fact]
    public void NarrowTerminal_ShowsTheLeadingCauseRatherThanHalfASummary()
    {
        var lines = Draw(80, 24, Fleet(3), Alerts(2));

        lines.ShouldContain(line => line.Contains("vm01 DisposeArtefactsTimedOut", StringComparison.Ordinal) && line.Contains("confirmed: TCP 902", StringComparison.Ordinal));
        lines.ShouldNotContain(line => line.Contains("timeout event", StringComparison.Ordinal) && line.Contains(" updated ", StringComparison.Ordinal));
    }

    [Fact]
    public void ShortTerminal_GivesUpOlderAlertsBeforeTheFleet()
    {
        var lines = Draw(140, 30, Fleet(15), Alerts(8));

        lines[0].ShouldContain("Replication");
        lines.ShouldContain(line => line.Contains("vm07 Dispose", StringComparison.Ordinal), "the newest alert stays");
        lines.ShouldNotContain(line => line.Contains("vm00 Dispose", StringComparison.Ordinal), "the oldest alert gives way");
    }

    private static List<string> Draw(int width, int height, IReadOnlyList<VmSnapshot> vms, IReadOnlyList<PublishedAlert> alerts)
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        console.Profile.Height = height;
        var health = vms.ToDictionary(v => (v.ApplianceId, v.VmId), v => new VmSummaryView(v.VmId, v.Name, v.Host, Domain.Health.HealthLevel.Normal, v.State, null, null, 0));

        console.Write(DemoBoard.Render(vms, health, alerts, RenderOptions.Create(console)));
        return [.. text.ToString().TrimEnd('\n').Split('\n').Select(line => line.TrimEnd())];
    }

    private static List<VmSnapshot> Fleet(int count) => [.. Enumerable.Range(0, count).Select(i => new VmSnapshot(
        $"demo-appl-{i / 3:00}", ApplianceKind.AzureMigrateVMware, $"vm-{i:00}", $"vm{i:00}", "esx01.contoso.local", "hyperv-suspended-at-shutdown",
        ReplicationState.Replicating, new CycleReport($"c-{i}", CycleType.Delta, CyclePhase.DisposeArtefacts, s_at, [], null), false))];

    // Alert i is about VM i of the fleet, which the board names as the fleet does.
    private static List<PublishedAlert> Alerts(int count) => [.. Enumerable.Range(0, count).Select(i =>
    {
        var alert = new Alert(Alert.SchemaV1, $"a-{i}", $"demo-appl-{i / 3:00}/vm-{i:00}/DisposeArtefactsTimedOut", i % 3 == 2 ? AlertStatus.Resolved : AlertStatus.Firing,
            AlertSeverity.Critical, "DisposeArtefactsTimedOut", 181008, $"demo-appl-{i / 3:00}", $"vm-{i:00}", "c-32", "Artefact disposal timed out",
            "timeout event 'DisposeArtefactsTimeout' in state WaitingForArtefactsDisposalPreCycle: artefacts of the previous cycle were not disposed of in time",
            [new AlertCause("TCP 902 to the vSphere host is blocked on the host or by a network firewall.", CauseConfidence.Confirmed, [])], [], [], s_at, s_at, 1, []);
        return new PublishedAlert(alert, IsUpdate: i % 3 == 1);
    })];
}
