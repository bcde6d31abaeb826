using System.Text.Json;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Api.Arm.Observations;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.Workflows;
using Xunit.Abstractions;

namespace ReplOrchestrator.Api.Tests.Arm;

public sealed class HeartbeatPartsTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Report_OfAnUploadingItem_TakesUnder600Bytes()
    {
        // An agentless item: its long name becomes a digest id; one disk, a running upload, a recovery point and the memo.
        var report = Report(0);

        var bytes = Bytes(report);

        output.WriteLine($"one uploading item: {bytes} bytes as the task hub stores it: {JsonSerializer.Serialize(report, DurableJson.Options)}");
        bytes.ShouldBeLessThan(600);
        (HeartbeatParts.MaxBytes / bytes).ShouldBeGreaterThan(400, "a part carries hundreds of items");
    }

    [Fact]
    public void Split_SmallPoll_IsTheHeartbeatItself()
    {
        var heartbeat = Poll(10, sightings: 2);

        var part = HeartbeatParts.Split(heartbeat, HeartbeatParts.MaxBytes).ShouldHaveSingleItem();

        part.Heartbeat.ShouldBeSameAs(heartbeat);
        part.Bytes.ShouldBe(Bytes(heartbeat));
    }

    [Fact]
    public void Split_VaultOf3000Items_GivesConsecutivePartsUnderTheLimitThatCarryEveryVmOnce()
    {
        var heartbeat = Poll(3_000, sightings: 500);
        Bytes(heartbeat).ShouldBeGreaterThan(1024 * 1024, "one heartbeat would be refused");

        var split = HeartbeatParts.Split(heartbeat, HeartbeatParts.MaxBytes);
        var parts = split.Select(p => p.Heartbeat).ToList();

        split.ShouldAllBe(p => p.Bytes == Bytes(p.Heartbeat), "each part's size is the part's own");
        output.WriteLine($"3,000 items and 500 sightings: {Bytes(heartbeat)} bytes in one heartbeat; parts of {string.Join(", ", parts.Select(Bytes))} bytes");
        parts.Count.ShouldBeGreaterThan(4);
        parts.ShouldAllBe(p => Bytes(p) <= HeartbeatParts.MaxBytes);
        parts.Select(p => p.Sequence).ShouldBe([.. Enumerable.Range(0, parts.Count).Select(i => heartbeat.Sequence + i)]);
        parts.ShouldAllBe(p => p.Services.SequenceEqual(heartbeat.Services) && p.ApplianceId == heartbeat.ApplianceId && p.SentAt == heartbeat.SentAt);
        parts.SelectMany(p => p.Vms).ShouldBe(heartbeat.Vms);
        parts.SelectMany(p => p.Sightings ?? []).ShouldBe(heartbeat.Sightings!);
    }

    [Fact]
    public void Split_EventsAboutAVm_TravelWithIt_AndTheRestInTheFirstPart()
    {
        var poll = Poll(3_000, sightings: 0);
        var last = poll.Vms[^1].VmId;
        var heartbeat = poll with { Events = [Event(last), Event(null), Event("vm-not-in-this-poll")] };

        var parts = HeartbeatParts.Split(heartbeat, HeartbeatParts.MaxBytes).Select(p => p.Heartbeat).ToList();

        parts[0].Events.Select(e => e.VmId).ShouldBe([null, "vm-not-in-this-poll"]);
        parts[^1].Vms.ShouldContain(v => v.VmId == last);
        parts[^1].Events.ShouldHaveSingleItem().VmId.ShouldBe(last);
    }

    private static Heartbeat Poll(int items, int sightings) =>
        new(Heartbeat.SchemaV1, "arm-vault-a", ApplianceKind.AzureMigrateVMware, s_now.ToUnixTimeMilliseconds(), s_now,
            [new ServiceStatus(ServiceStatus.ArmVault, ServiceState.Running)], [], [.. Enumerable.Range(0, items).Select(Report)], [], [], [])
        {
            Sightings = [.. Enumerable.Range(0, sightings).Select(i => new VmSighting("appl-contoso-01", $"vm-{i:D5}", s_now))],
        };

    private static VmReport Report(int i)
    {
        var name = $"10-150-8-{i}-b090bef3-b733-5e34-bc8f-eb6f2701432a_50232086-5a0b-7b4b-4b7e-fb73f0d5e3b2";
        var json = new MigrationItemJson(name, $"srv{i:D5}") { GatewayState = "Uploading", GatewayProgress = 42, LastRecoveryPointReceived = s_now.AddMinutes(-50) };
        var (report, track) = ArmItemMapping.Map(ArmItems.Read(json), null, s_now);
        return report with { SourceMemo = track.ToMemo() };
    }

    private static ReplicationEvent Event(string? vmId) => new(1011, "Azure Migrate", ReplicationEventLevel.Error, vmId, s_now, "upload timed out");

    private static int Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, DurableJson.Options).Length;
}
