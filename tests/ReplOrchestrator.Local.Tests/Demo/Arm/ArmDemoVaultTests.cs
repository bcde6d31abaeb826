using System.Globalization;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Local.Demo.Arm;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Local.Tests.Demo.Arm;

/// <summary>The demo's vault over the demo's timings: each situation overruns its threshold twice over, then recovers.</summary>
public sealed class ArmDemoVaultTests
{
    private static readonly TimeSpan s_poll = TimeSpan.FromSeconds(2);
    private static readonly WorkflowOptions s_server = new()
    {
        Cycle = new() { UploadStallTimeout = TimeSpan.FromSeconds(5), DisposeArtefactsTimeout = TimeSpan.FromSeconds(5) },
        Diagnosis = new() { Timeout = TimeSpan.FromSeconds(10) },
    };
    private static readonly DateTimeOffset s_start = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FirstPoll_StartsTheStory_WithEveryItemAsItWasBefore()
    {
        var vault = new ArmDemoVault(s_poll, s_server);
        vault.Snapshot(s_start).ShouldBeEmpty();

        var items = vault.ItemsAt(s_start);

        items.Count.ShouldBe(ArmDemoVault.Situations.Count);
        items.ShouldAllBe(i => i["properties"]!["healthErrors"]!.AsArray().Count == 0 && i["properties"]!["providerSpecificDetails"]!["gatewayOperationDetails"] == null);
        vault.Snapshot(s_start).Select(v => v.ApplianceId).Distinct().ShouldBe(["arm-contoso-migrate-demo"]);
        Received(vault, "file05", s_start).ShouldBe(s_start.AddHours(-14));
        Received(vault, "sql01", s_start).ShouldBe(s_start.AddMinutes(-40));
    }

    [Fact]
    public void UploadStall_HoldsItsProgressAtZeroSpeedForTwiceTheStallTimeout()
    {
        var vault = Started();

        var stalled = Seconds(0, 30).Where(t => Item(vault, "app02", t) is { GatewayState: MigrationItemScript.Uploading, UploadSpeed: 0 }).ToList();

        (stalled[^1] - stalled[0]).ShouldBeGreaterThanOrEqualTo(s_server.Cycle.UploadStallTimeout * 2 - s_poll);
        stalled.Select(t => Item(vault, "app02", t).GatewayProgress).Distinct().ShouldBe([6]);
    }

    [Fact]
    public void DisposeHang_DisposesForTwiceTheDisposalTimeout()
    {
        var vault = Started();

        var disposing = Seconds(0, 30).Where(t => Item(vault, "sql01", t).GatewayState == MigrationItemScript.DisposingArtefacts).ToList();

        (disposing[^1] - disposing[0]).ShouldBeGreaterThanOrEqualTo(s_server.Cycle.DisposeArtefactsTimeout * 2 - s_poll);
    }

    [Theory]
    [InlineData("web03", "1022", false)]
    [InlineData("db04", "1018", true)]
    public void FailingItems_ListTheirHealthErrorThroughItsDiagnosis_AndTheResyncWhereTheResetNeedsOne(string machine, string code, bool resync)
    {
        var vault = Started();

        var failing = Seconds(0, 40).Where(t => Item(vault, machine, t).HealthErrors.Count > 0).ToList();

        (failing[^1] - failing[0]).ShouldBeGreaterThanOrEqualTo(s_server.Diagnosis.Timeout - TimeSpan.FromSeconds(1));
        failing.ShouldAllBe(t => Item(vault, machine, t).HealthErrors.Single().Code == code && Item(vault, machine, t).ResyncRequired == resync);
    }

    [Fact]
    public void EverySituation_EndsRecovered_WithANewRecoveryPointAndNothingToRepair()
    {
        var vault = Started();
        var settled = s_start.AddSeconds(30);

        foreach (var situation in ArmDemoVault.Situations)
        {
            var item = Item(vault, situation.MachineName, settled);
            item.LastRecoveryPointReceived.ShouldNotBeNull().ShouldBeGreaterThan(s_start, situation.Name);
            (item.HealthErrors.Count, item.ResyncRequired).ShouldBe((0, false), situation.Name);
        }
    }

    [Fact]
    public void Snapshot_ShowsWhatThePollSees_ForTheLiveTable()
    {
        var vault = Started();
        var stalled = Seconds(0, 30).First(t => Item(vault, "app02", t) is { GatewayState: MigrationItemScript.Uploading, UploadSpeed: 0 });
        var failed = Seconds(0, 30).First(t => Item(vault, "db04", t).HealthErrors.Count > 0);

        var app02 = vault.Snapshot(stalled).Single(v => v.Name == "app02");
        var db04 = vault.Snapshot(failed).Single(v => v.Name == "db04");

        (app02.VmId, app02.Scenario, app02.Cycle?.Phase, app02.UploadPercent).ShouldBe(("item-app02", "upload-stall", CyclePhase.Upload, 6));
        (db04.State, db04.Cycle?.Phase).ShouldBe((ReplicationState.ResyncRequired, CyclePhase.Failed));
        vault.Snapshot(s_start.AddSeconds(30)).ShouldAllBe(v => v.State == ReplicationState.Replicating);
    }

    [Fact]
    public void Situations_ExpectTheirAlertsWithTheMicrosoftIdsOfTheGuides()
    {
        var expected = ArmDemoVault.Situations.SelectMany(s => s.Expected.Select(e => (s.Name, e.Code, e.ErrorId))).ToList();

        expected.ShouldBe(
        [
            ("dispose-hang", CatalogCodes.DisposeArtefactsTimedOut, 181008),
            ("upload-stall", CatalogCodes.DiskUploadTimedOut, 1011),
            ("host-connection-refused", CatalogCodes.HostConnectionRefused, 1022),
            ("cbt-reset", CatalogCodes.FetchChangedBlocksFailed, 1018),
            ("cbt-reset", CatalogCodes.ResyncRequired, (int?)null),
            ("failed-between-polls", CatalogCodes.DiskUploadTimedOut, 1011),
            ("rpo-breach", CatalogCodes.RpoExceeded, null),
        ]);
    }

    [Fact]
    public void FailedBetweenPolls_OnlyTheVaultsEventsRecordTheFailure_BetweenTwoPollsThatSeeUploads()
    {
        var vault = Started();

        var recorded = Seconds(0, 30).First(t => vault.EventsAt(t).Count > 0);
        var failure = vault.EventsAt(recorded).ShouldHaveSingleItem()["properties"]!;

        failure["description"]!.GetValue<string>().ShouldBe("Replication cycle failed");
        failure["providerSpecificDetails"]!["migrationItemName"]!.GetValue<string>().ShouldBe("item-fs10");
        failure["healthErrors"]![0]!["errorCode"]!.GetValue<string>().ShouldBe("1011");
        var failedAt = Time(failure["timeOfOccurrence"])!.Value;
        vault.EventsAt(failedAt - TimeSpan.FromMilliseconds(1)).ShouldBeEmpty();
        Seconds(0, 30).ShouldAllBe(t => Item(vault, "fs10", t).HealthErrors.Count == 0, "no poll sees the error on the item");
        var pollBefore = s_start + (s_poll * Math.Floor((failedAt - s_start) / s_poll));
        (Item(vault, "fs10", pollBefore).GatewayProgress, Item(vault, "fs10", pollBefore + s_poll).GatewayProgress).ShouldBe((30, 0), "the retry starts over before the next poll");
    }

    private static ArmDemoVault Started()
    {
        var vault = new ArmDemoVault(s_poll, s_server);
        vault.ItemsAt(s_start);
        return vault;
    }

    private static IEnumerable<DateTimeOffset> Seconds(int from, int to) => Enumerable.Range(from, to - from + 1).Select(s => s_start.AddSeconds(s));

    // What a poll at that moment reads back, through the JSON the stand-in serves.
    private static MigrationItemView Item(ArmDemoVault vault, string machine, DateTimeOffset at)
    {
        var json = vault.ItemsAt(at).Single(i => i["properties"]!["machineName"]!.GetValue<string>() == machine)["properties"]!;
        var details = json["providerSpecificDetails"]!;
        var gateway = details["gatewayOperationDetails"];
        return new MigrationItemView(
            gateway?["state"]?.GetValue<string>(),
            gateway?["progressPercentage"]?.GetValue<int>() ?? 0,
            gateway?["uploadSpeed"]?.GetValue<long>() ?? 0,
            [.. json["healthErrors"]!.AsArray().Select(e => (Code: e!["errorCode"]!.GetValue<string>(), At: Time(e["creationTimeUtc"])!.Value))],
            details["resyncRequired"]!.GetValue<string>() == "true",
            Time(details["lastRecoveryPointReceived"]));
    }

    // The stand-in writes times as the REST API does, in ISO 8601 text.
    private static DateTimeOffset? Time(JsonNode? node) => node is null ? null : DateTimeOffset.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture);

    private static DateTimeOffset? Received(ArmDemoVault vault, string machine, DateTimeOffset at) => Item(vault, machine, at).LastRecoveryPointReceived;

    private sealed record MigrationItemView(
        string? GatewayState, int GatewayProgress, long UploadSpeed, IReadOnlyList<(string Code, DateTimeOffset At)> HealthErrors, bool ResyncRequired, DateTimeOffset? LastRecoveryPointReceived);
}
