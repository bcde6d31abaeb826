using System.Text.Json.Nodes;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.Local.Simulation.Scenarios;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>What the ARM source does when Azure refuses, loses or garbles a vault, and when an appliance reports the same VM.</summary>
public sealed class ArmFaultsOverHttpTests
{
    [Fact]
    public async Task VaultDeniesAccess_RaisesOneClearAlert_AndResolvesItWhenReadsWorkAgain()
    {
        var forbidden = ArmAnswer.Error(403, "AuthorizationFailed", "The client does not have authorization to perform action 'Microsoft.RecoveryServices/vaults/replicationMigrationItems/read'.");
        await using var host = await ArmHost.StartAsync(_ => [new MigrationItemJson("item-sql01", "sql01")], arm => arm.AnswerNext(ArmHost.VaultId, forbidden, forbidden));

        var alert = await host.FiringAsync(ArmHost.ApplianceId, "ArmVaultUnreadable");
        await host.PassPollIntervalAsync();

        alert["summary"]!.GetValue<string>().ShouldBe("cannot read vault vault-contoso: grant the app Reader on it");
        alert["vmId"].ShouldBeNull();
        var firing = await host.Host.GetJsonAsync("/api/alerts?status=firing");
        firing.AsArray().Count(a => (string?)a!["code"] == "ArmVaultUnreadable").ShouldBe(1);
        firing.AsArray().Single(a => (string?)a!["code"] == "ArmVaultUnreadable")!["occurrences"]!.GetValue<int>().ShouldBe(1);

        await host.PassPollIntervalAsync();
        // A firing alert resolves after the resolve hold, on the driven clock.
        var resolved = await host.Host.WaitForAsync(
            "/api/alerts", a => a.AsArray().Any(x => (string?)x!["code"] == "ArmVaultUnreadable" && (string?)x["status"] == "resolved"), () => host.Time.Advance(TimeSpan.FromSeconds(30)));
        resolved.AsArray().Single(x => (string?)x!["code"] == "ArmVaultUnreadable")!["summary"]!.GetValue<string>().ShouldBe("Resolved: the vault can be read again");
        var fleet = await host.Host.GetJsonAsync("/api/fleet");
        fleet["appliances"]!.AsArray().Single(a => (string?)a!["applianceId"] == ArmHost.ApplianceId)!["vms"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task VaultDisappears_IsReportedAsGone()
    {
        await using var host = await ArmHost.StartAsync(_ => [new MigrationItemJson("item-sql01", "sql01")]);

        host.Arm.RemoveVault(ArmHost.VaultId);
        await host.PassPollIntervalAsync();

        var alert = await host.FiringAsync(ArmHost.ApplianceId, "ArmVaultUnreadable");
        alert["summary"]!.GetValue<string>().ShouldStartWith("vault vault-contoso no longer exists (Azure Resource Manager answered 404)");
    }

    [Fact]
    public async Task EventsCannotBeRead_TheItemsAreStillReported_AndALaterPollReadsTheEventsMissed()
    {
        var forbidden = ArmAnswer.Error(403, "AuthorizationFailed", "The client does not have authorization to perform action 'Microsoft.RecoveryServices/vaults/replicationEvents/read'.");
        var sql01 = new MigrationItemJson("item-sql01", "sql01") { GatewayState = "Uploading", GatewayProgress = 20, HostName = "esx07.contoso.local" };
        await using var host = await ArmHost.StartAsync(_ => [sql01], arm => arm.AnswerNextEvents(ArmHost.VaultId, forbidden, forbidden));
        host.Record(new ReplicationEventJson(sql01, SeedMessages.HostConnectionRefusedCode, SeedMessages.HostConnectionRefused("esx07.contoso.local"), host.Now.AddMinutes(1)));

        // Two polls without events: the items are reported all the same.
        await host.PassPollIntervalAsync();
        var fleet = await host.Host.WaitForAsync("/api/fleet", f => Vms(f, ArmHost.ApplianceId).Count == 1);
        Vms(fleet, ArmHost.ApplianceId).Single()!["vmId"]!.GetValue<string>().ShouldBe("item-sql01");
        (await host.Host.GetJsonAsync("/api/alerts?status=firing")).AsArray().ShouldNotContain(a => (string?)a!["code"] == "HostConnectionRefused");

        // The window did not move while the events were refused, so the next read takes the failure they missed.
        await host.PassPollIntervalAsync();
        (await host.FiringAsync(ArmHost.ApplianceId, "HostConnectionRefused"))["errorId"]!.GetValue<int>().ShouldBe(1022);
    }

    [Fact]
    public async Task ItemWithoutProperties_IsSkipped_AndTheRestOfTheVaultIsReported()
    {
        await using var host = await ArmHost.StartAsync(_ => []);
        host.Arm.PageSize = 1;
        host.Arm.SetItems(ArmHost.VaultId,
            new MigrationItemJson("item-a", "a01").ToJson(ArmHost.VaultId),
            new JsonObject { ["id"] = $"{ArmHost.VaultId}/replicationFabrics/f/replicationProtectionContainers/c/replicationMigrationItems/broken", ["name"] = "broken" },
            new MigrationItemJson("item-b", "b01").ToJson(ArmHost.VaultId));

        await host.PassPollIntervalAsync();

        var fleet = await host.Host.WaitForAsync("/api/fleet", f => Vms(f, ArmHost.ApplianceId).Count == 2);
        Vms(fleet, ArmHost.ApplianceId).Select(v => v!["vmId"]!.GetValue<string>()).ShouldBe(["item-a", "item-b"]);
    }

    [Fact]
    public async Task ApplianceReportsTheSameVm_HeartbeatWins_AndTheVmShowsBothSources()
    {
        await using var host = await ArmHost.StartAsync(_ => []);
        await host.BeatAsync(Heartbeats.Vm("sql01"));
        // Until the VM's monitor has taken the heartbeat, nothing says the appliance reports it, and a poll would rightly
        // treat the vault's item as a VM no appliance speaks for.
        await host.Host.WaitForAsync("/api/fleet", f => Vms(f, "appl-a") is [{ } vm] && vm["sources"]!["heartbeatLastSeen"] is not null);

        host.Show(new MigrationItemJson("item-sql01", "SQL01") { HealthErrors = [("1022", "The Azure Migrate appliance is unable to connect to the vSphere host", host.Now)] });
        await host.PassPollIntervalAsync();

        var fleet = await host.Host.WaitForAsync("/api/fleet", f => Vms(f, "appl-a").Single()!["sources"]!["names"]!.AsArray().Count == 2);
        Vms(fleet, ArmHost.ApplianceId).ShouldBeEmpty();
        var sources = Vms(fleet, "appl-a").Single()!["sources"]!;
        sources["names"]!.AsArray().Select(n => n!.GetValue<string>()).ShouldBe(["heartbeat", "arm"]);
        sources["armLastSeen"]!.GetValue<DateTimeOffset>().ShouldBe(host.Now);
        (await host.Host.GetJsonAsync("/api/alerts?status=firing")).AsArray().ShouldNotContain(a => (string?)a!["applianceId"] == ArmHost.ApplianceId);
    }

    private static List<JsonNode?> Vms(JsonNode fleet, string applianceId) =>
        fleet["appliances"]!.AsArray().FirstOrDefault(a => (string?)a!["applianceId"] == applianceId)?["vms"]!.AsArray().ToList() ?? [];
}
