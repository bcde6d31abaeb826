using System.Text.Json.Nodes;
using ReplOrchestrator.Local.Simulation.Arm;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>A vault too large for one task hub message, read page by page through the real ArmClient and reported in parts.</summary>
public sealed class ArmLargeVaultOverHttpTests
{
    private const int Items = 3_000;

    [Fact]
    public async Task VaultOf3000Items_IsReportedInHeartbeatsTheTaskHubTakes_AndEveryItemIsMonitored()
    {
        // Agentless items as Azure names them; each uploading one takes about 420 bytes in a heartbeat: 1.25 MB in one,
        // over the 1 MB a message may carry.
        await using var host = await ArmHost.StartAsync(
            _ => [.. Enumerable.Range(0, Items).Select(i => new MigrationItemJson($"10-150-8-{i}-b090bef3-b733-5e34-bc8f-eb6f2701432a_50232086-5a0b-7b4b-4b7e-fb73f0d5e3b2", $"srv{i:D4}.corp.contoso.local")
            {
                GatewayState = "Uploading",
                GatewayProgress = 40,
            })],
            arm => arm.PageSize = 200);

        var fleet = await host.Host.WaitForAsync("/api/fleet", f => Uploading(f) == Items, timeout: TimeSpan.FromMinutes(3));

        var vault = Vault(fleet)!;
        vault["vms"]!.AsArray().Count.ShouldBe(Items);
        vault["lastSequence"]!.GetValue<long>().ShouldBeGreaterThan(host.Now.ToUnixTimeMilliseconds(), "the poll went out in several heartbeats, numbered on from its first");
        host.Arm.ListRequests(ArmHost.VaultId).ShouldBe(Items / 200);
    }

    private static int Uploading(JsonNode fleet) =>
        Vault(fleet)?["vms"]!.AsArray().Count(v => v!["currentCycle"] is { } cycle && cycle["phase"]!.GetValue<string>() == "Upload") ?? 0;

    private static JsonNode? Vault(JsonNode fleet) => fleet["appliances"]!.AsArray().FirstOrDefault(a => (string?)a!["applianceId"] == ArmHost.ApplianceId);
}
