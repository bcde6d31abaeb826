using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Api.Arm.Events;
using ReplOrchestrator.Api.Arm.Items;
using ReplOrchestrator.Api.Arm.Observations;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Api.Tests.Arm;

/// <summary>The vault events read through Azure.ResourceManager's real ArmClient from the ARM stand-in over TLS.</summary>
public sealed class ArmEventFeedTests : IAsyncLifetime
{
    private const string VaultId = StandInVault.Id;
    private const string Refused = "The Azure Migrate appliance is unable to connect to the vSphere host 'esx07.contoso.local'";
    private static readonly DateTimeOffset s_now = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);
    private static readonly MigrationItemJson s_sql01 = new("item-sql01", "sql01") { GatewayState = "Uploading", GatewayProgress = 20 };
    private ArmStandIn _arm = null!;
    private ArmEventFeed _feed = null!;

    public async Task InitializeAsync()
    {
        _arm = await ArmStandIn.StartAsync();
        _arm.SetItems(VaultId);
        _feed = new ArmEventFeed(StandInVault.Reader(_arm), NullLogger<ArmEventFeed>.Instance);
    }

    public async Task DisposeAsync() => await _arm.DisposeAsync();

    [Fact]
    public async Task ReadAsync_FirstRead_AsksForTheLastHourOnEveryPage_AndTakesTheFailuresInIt()
    {
        _arm.PageSize = 2;
        Record(s_now.AddMinutes(-61), s_now.AddMinutes(-50), s_now.AddMinutes(-30), s_now.AddMinutes(-10), s_now.AddMinutes(-1));

        var polled = await _feed.ReadAsync(Vault(), s_now, CancellationToken.None);

        polled.Events.Select(e => e.OccurredAt).ShouldBe([s_now.AddMinutes(-50), s_now.AddMinutes(-30), s_now.AddMinutes(-10), s_now.AddMinutes(-1)]);
        var requests = _arm.EventRequests(VaultId);
        requests.Count.ShouldBe(2);
        requests.ShouldAllBe(r => r.QueryValue("$filter") == "startTime eq '2026-11-22T03:00:00Z'" && r.QueryValue("api-version") == "2025-08-01");
    }

    [Fact]
    public async Task ReadAsync_NextRead_OverlapsThePreviousByTenMinutes_AndTakesNoEventTwice()
    {
        Record(s_now.AddMinutes(-2));
        (await _feed.ReadAsync(Vault(), s_now, CancellationToken.None)).Events.ShouldHaveSingleItem();

        var next = await _feed.ReadAsync(Vault(), s_now.AddMinutes(5), CancellationToken.None);

        _arm.EventRequests(VaultId)[^1].QueryValue("$filter").ShouldBe("startTime eq '2026-11-22T03:50:00Z'");
        next.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task ReadAsync_EventsRefusedOrGarbled_SkipsThemThisPoll_AndTheNextPollReadsTheGap()
    {
        Record(s_now.AddMinutes(-2));
        _arm.AnswerNextEvents(VaultId, ArmAnswer.Error(403, "AuthorizationFailed", "No access to replicationEvents."), new ArmAnswer(200, "<html>busy</html>", "text/html"));

        var refused = await _feed.ReadAsync(Vault(), s_now, CancellationToken.None);
        var garbled = await _feed.ReadAsync(Vault(), s_now.AddMinutes(5), CancellationToken.None);
        var next = await _feed.ReadAsync(Vault(), s_now.AddMinutes(10), CancellationToken.None);

        (refused.Events.Count, garbled.Events.Count).ShouldBe((0, 0));
        _arm.EventRequests(VaultId)[^1].QueryValue("$filter").ShouldBe("startTime eq '2026-11-22T03:10:00Z'");
        next.Events.ShouldHaveSingleItem().OccurredAt.ShouldBe(s_now.AddMinutes(-2));
    }

    [Fact]
    public async Task ReadAsync_UnreadableEvent_IsSkipped_AndTheOthersAreTaken()
    {
        var garbled = new ReplicationEventJson(s_sql01, "1011", "Upload timed out", s_now.AddMinutes(-3)).ToJson(VaultId);
        garbled["properties"]!["healthErrors"]![0]!["creationTimeUtc"] = "yesterday";
        _arm.AddEvents(VaultId, garbled);
        Record(s_now.AddMinutes(-2));

        var polled = await _feed.ReadAsync(Vault(), s_now, CancellationToken.None);

        polled.Events.ShouldHaveSingleItem().Failures.ShouldHaveSingleItem().ErrorCode.ShouldBe("1022");
    }

    [Fact]
    public async Task Fold_FailureOnlyInAnEvent_GoesToItsItem_AndToNoOther()
    {
        Record(s_now.AddMinutes(-2));
        var polled = await _feed.ReadAsync(Vault(), s_now, CancellationToken.None);

        var sql01 = polled.Fold(Item(s_sql01));
        var web01 = polled.Fold(Item(new MigrationItemJson("item-web01", "web01")));

        sql01.HealthErrors.ShouldHaveSingleItem().ErrorCode.ShouldBe("1022");
        web01.HealthErrors.ShouldBeEmpty();
    }

    [Fact]
    public async Task FailureSeenAsHealthErrorThenAsEvent_FailsOneCycle()
    {
        var failedAt = s_now.AddMinutes(-2);
        var failing = s_sql01 with { GatewayState = null, HealthErrors = [("1022", Refused, failedAt)] };
        var first = ArmItemMapping.Map((await _feed.ReadAsync(Vault(), s_now, CancellationToken.None)).Fold(Item(failing)), null, s_now);

        // The error clears and the retry uploads; the event of the same failure is listed only now, dated a little later.
        Record(failedAt.AddSeconds(40));
        var second = ArmItemMapping.Map((await _feed.ReadAsync(Vault(), s_now.AddMinutes(5), CancellationToken.None)).Fold(Item(s_sql01)), first.Track, s_now.AddMinutes(5));

        first.Report.Cycle!.Phase.ShouldBe(CyclePhase.Failed);
        second.Report.Cycle!.Phase.ShouldBe(CyclePhase.Upload);
    }

    [Fact]
    public async Task FailureSeenAsEventThenAsHealthError_FailsOneCycle()
    {
        var failedAt = s_now.AddMinutes(-2);
        Record(failedAt);
        var first = ArmItemMapping.Map((await _feed.ReadAsync(Vault(), s_now, CancellationToken.None)).Fold(Item(s_sql01)), null, s_now);

        // The item's own health error for the same failure shows only now, dated a little after its event.
        var failing = s_sql01 with { HealthErrors = [("1022", Refused, failedAt.AddSeconds(40))] };
        var second = ArmItemMapping.Map((await _feed.ReadAsync(Vault(), s_now.AddMinutes(5), CancellationToken.None)).Fold(Item(failing)), first.Track, s_now.AddMinutes(5));

        first.Report.Cycle!.Phase.ShouldBe(CyclePhase.Failed);
        first.Report.Cycle.Error!.Code.ShouldBe("1022");
        second.Report.Cycle!.Phase.ShouldBe(CyclePhase.Upload);
    }

    private static ArmVault Vault() => StandInVault.Vault;

    private static MigrationItem Item(MigrationItemJson json)
    {
        using var document = JsonDocument.Parse(json.ToJson(VaultId).ToJsonString());
        return MigrationItemReader.Read(document.RootElement.Clone(), out var problem) ?? throw new InvalidOperationException(problem);
    }

    private void Record(params DateTimeOffset[] times) =>
        _arm.AddEvents(VaultId, [.. times.Select(at => new ReplicationEventJson(s_sql01, "1022", Refused, at).ToJson(VaultId))]);
}
