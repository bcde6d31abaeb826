using System.Text.Json;
using ReplOrchestrator.Api.Arm.Items;
using ReplOrchestrator.Api.Arm.Observations;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Simulation.Arm;
using static ReplOrchestrator.Api.Tests.Arm.ArmItems;

namespace ReplOrchestrator.Api.Tests.Arm;

public sealed class ArmItemMappingTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_EveryVMwareCbtFieldUsed_IsRead()
    {
        var json = new MigrationItemJson("item-1", "sql01")
        {
            GatewayState = "Uploading", GatewayProgress = 40, UploadSpeed = 1_048_576, DeltaSyncProgress = 35, LastRecoveryPointReceived = s_now.AddHours(-1),
            HealthErrors = [("1011", "The upload of data for disk ... didn't complete within the expected time.", s_now)],
        };

        var item = Read(json);

        item.MachineName.ShouldBe("sql01");
        item.MigrationState.ShouldBe("Replicating");
        item.HealthErrors.ShouldHaveSingleItem().ShouldBe(new ArmHealthError("1011", json.HealthErrors[0].Message, "See the troubleshooting article.", "See the troubleshooting article.", s_now));
        var cbt = item.Cbt.ShouldNotBeNull();
        (cbt.InitialSeedingProgress, cbt.DeltaSyncProgress, cbt.ResyncRequired, cbt.ResyncState, cbt.ResyncProgress).ShouldBe((100, 35, false, "None", 0));
        (cbt.LastRecoveryPointId, cbt.LastRecoveryPointReceived).ShouldBe(("rp-1", s_now.AddHours(-1)));
        cbt.Gateway.ShouldBe(new GatewayOperation("Uploading", 40, 60_000, 3_600_000, 1_048_576, "esx01.contoso.local", cbt.Gateway!.DataStores));
        cbt.Gateway.DataStores.ShouldBe(["datastore1"]);
        cbt.Disks.ShouldHaveSingleItem().ShouldBe(new ProtectedDisk("6000C29d-disk-0", "[datastore1] sql01/sql01.vmdk", MigrationItemJson.DiskBytes, null));
    }

    [Theory]
    [InlineData("""{"id":"/x/replicationMigrationItems/a","name":"a"}""", "has no properties")]
    [InlineData("""{"name":"a","properties":{}}""", "has no id")]
    [InlineData("""{"id":"/x/a","name":"a","properties":{"providerSpecificDetails":{"instanceType":"VMwareCbt","lastRecoveryPointReceived":"yesterday"}}}""", "")]
    public void Read_MalformedItem_SaysWhyInsteadOfThrowing(string text, string expected)
    {
        using var document = JsonDocument.Parse(text);

        MigrationItemReader.Read(document.RootElement, out var problem).ShouldBeNull();

        problem.ShouldNotBeNullOrEmpty();
        problem.ShouldContain(expected);
    }

    [Fact]
    public void Map_RunningUpload_ReportsTheCycleWithBytesFromTheProgressAndTheEsxiHost()
    {
        var (report, track) = ArmItemMapping.Map(Read(new MigrationItemJson("item-1", "sql01") { GatewayState = "Uploading", GatewayProgress = 6, UploadSpeed = 0 }), null, s_now);

        report.VmId.ShouldBe("item-1");
        report.Host.ShouldBe("esx01.contoso.local");
        var cycle = report.Cycle.ShouldNotBeNull();
        (cycle.Type, cycle.Phase, cycle.StartedAt).ShouldBe((CycleType.Delta, CyclePhase.Upload, s_now.AddMinutes(-1)));
        cycle.Disks.ShouldHaveSingleItem().ShouldBe(new DiskProgress("6000C29d-disk-0", MigrationItemJson.DiskBytes, MigrationItemJson.DiskBytes * 6 / 100) { ReportedBytesPerSecond = 0 });
        track.ActiveCycleId.ShouldBe(cycle.CycleId);
    }

    [Fact]
    public void Map_SeveralDisks_GivesEachDiskItsOwnUploadSpeed_AndNeverTheVmsTotal()
    {
        var vmGateway = new GatewayOperation("Uploading", 50, 60_000, null, 3_000, "esx01", []);
        var diskGateway = vmGateway with { UploadSpeed = 1_000 };
        var cbt = new CbtDetails(100, null, false, null, null, null, "rp-1", vmGateway,
            [new ProtectedDisk("disk-a", "a.vmdk", 100, diskGateway), new ProtectedDisk("disk-b", "b.vmdk", 100, null)]);

        var (report, _) = ArmItemMapping.Map(new MigrationItem("/items/item-1", "item-1", "sql01", "Replicating", [], cbt), null, s_now);

        report.Cycle!.Disks.Select(d => (d.DiskId, d.ReportedBytesPerSecond)).ShouldBe([("disk-a", 1_000L), ("disk-b", (long?)null)]);
    }

    [Fact]
    public void Map_NewRecoveryPoint_CompletesTheRunningCycleOnce()
    {
        var running = ArmItemMapping.Map(Read(new MigrationItemJson("item-1", "sql01") { GatewayState = "Uploading", GatewayProgress = 90 }), null, s_now);

        var (done, track) = ArmItemMapping.Map(Read(new MigrationItemJson("item-1", "sql01") { LastRecoveryPointId = "rp-2", LastRecoveryPointReceived = s_now }), running.Track, s_now.AddMinutes(5));
        var (next, _) = ArmItemMapping.Map(Read(new MigrationItemJson("item-1", "sql01") { LastRecoveryPointId = "rp-2", GatewayState = "Uploading" }), track, s_now.AddMinutes(10));

        done.Cycle.ShouldNotBeNull().Phase.ShouldBe(CyclePhase.Completed);
        done.Cycle.CycleId.ShouldBe(running.Report.Cycle!.CycleId);
        done.LastRecoveryPointAt.ShouldBe(s_now);
        next.Cycle.ShouldNotBeNull().CycleId.ShouldNotBe(done.Cycle.CycleId);
    }

    [Fact]
    public void Map_HealthError_FailsTheCycleOnceAndRetriesUnderANewId()
    {
        var failing = new MigrationItemJson("item-1", "sql01") { HealthErrors = [("1022", "Host connection refused", s_now)] };

        var (failed, track) = ArmItemMapping.Map(Read(failing), null, s_now);
        var (again, _) = ArmItemMapping.Map(Read(failing with { GatewayState = "Uploading" }), track, s_now.AddMinutes(5));

        var cycle = failed.Cycle.ShouldNotBeNull();
        (cycle.Phase, cycle.Error).ShouldBe((CyclePhase.Failed, new CycleError("1022", "Host connection refused")));
        again.Cycle.ShouldNotBeNull().Phase.ShouldBe(CyclePhase.Upload);
        again.Cycle.CycleId.ShouldBe(cycle.CycleId + "-1");
    }

    [Theory]
    [InlineData("Taking snapshot", CyclePhase.Snapshot)]
    [InlineData("Uploading", CyclePhase.Upload)]
    [InlineData("DisposingArtefacts", CyclePhase.DisposeArtefacts)]
    [InlineData("Deleting snapshot", CyclePhase.DisposeArtefacts)]
    [InlineData(null, CyclePhase.Upload)]
    public void PhaseOf_GatewayState_MapsByItsWords(string? state, CyclePhase phase) => ArmItemMapping.PhaseOf(state).ShouldBe(phase);

    [Theory]
    [InlineData("Replicating", false, ReplicationState.Replicating)]
    [InlineData("Replicating", true, ReplicationState.ResyncRequired)]
    [InlineData("InitialSeedingInProgress", false, ReplicationState.InitialReplication)]
    [InlineData("ProtectionSuspended", false, ReplicationState.Paused)]
    [InlineData("InitialSeedingFailed", false, ReplicationState.Error)]
    public void StateOf_MigrationStateAndResync_MapToTheHeartbeatStates(string migrationState, bool resync, ReplicationState expected) =>
        ArmItemMapping.StateOf(Read(new MigrationItemJson("i", "m") { MigrationState = migrationState, ResyncRequired = resync })).ShouldBe(expected);

    [Fact]
    public void VmIdOf_NameBeyondTheIdRule_IsAStableDigest()
    {
        var name = "10-150-8-52-b090bef3-b733-5e34-bc8f-eb6f2701432a_50232086-5a0b-7b4b-4b7e-fb73f0d5e3b2";

        ArmItemMapping.VmIdOf(name).ShouldBe(ArmItemMapping.VmIdOf(name));
        ArmItemMapping.VmIdOf(name).ShouldStartWith("mi-");
        ReplOrchestrator.Domain.Contracts.ContractId.IsValid(ArmItemMapping.VmIdOf(name)).ShouldBeTrue();
    }
}
