using System.Text.Json.Nodes;
using Microsoft.Playwright;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.Local.Simulation.Scenarios;
using ReplOrchestrator.TestUtilities.Browser;
using static Microsoft.Playwright.Assertions;

namespace ReplOrchestrator.Browser.Tests.Dashboard;

/// <summary>
/// Where a VM's facts come from, as the pages say it: a VM only a vault read through Azure Resource Manager shows, and a
/// VM an appliance heartbeat reports that ARM shows too (the heartbeat speaks for it).
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class SourcesTests(ChromiumBrowser chromium)
{
    private const string VaultId = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-migrate/providers/Microsoft.RecoveryServices/vaults/vault-dash";
    private static readonly LocatorAssertionsToContainTextOptions s_withinAMinute = new() { Timeout = 60_000 };

    [Fact]
    public async Task VmPages_SayWhichSourcesShowTheVm_AndTheFleetMarksAHeartbeatVmArmShowsToo()
    {
        await using var arm = await ArmStandIn.StartAsync();
        var armOnly = new MigrationItemJson("item-fs09", "fs09");
        arm.SetItems(VaultId, armOnly.ToJson(VaultId));
        await using var host = await DashboardHost.StartWatchingAsync(arm, VaultId, ScenarioNames.Healthy);
        host.StartFleet();
        var (applianceId, vm) = await FirstHeartbeatVmAsync(host);
        arm.SetItems(VaultId, armOnly.ToJson(VaultId), new MigrationItemJson("item-shared", vm["name"]!.GetValue<string>()).ToJson(VaultId));

        await using var tab = await DashboardPage.OpenAsync(chromium, host);
        await tab.SignInAsync();
        var sharedRow = tab.Page.Locator($"#vms tbody tr[data-vm='{applianceId}/{vm["vmId"]}']");
        await Expect(sharedRow).ToContainTextAsync("+ ARM", s_withinAMinute);

        await tab.Page.GotoAsync($"{host.Dashboard.AbsoluteUri}#/vm/arm-vault-dash/item-fs09");
        await Expect(tab.Page.Locator("#vm-sources")).ToContainTextAsync("Facts from Azure Resource Manager (last ", s_withinAMinute);
        (await tab.Page.Locator("#vm-sources").InnerTextAsync()).ShouldNotContain("heartbeat");

        await tab.Page.GotoAsync($"{host.Dashboard.AbsoluteUri}#/vm/{applianceId}/{vm["vmId"]}");
        var sources = tab.Page.Locator("#vm-sources");
        await Expect(sources).ToContainTextAsync("Facts from appliance heartbeat (last ", s_withinAMinute);
        await Expect(sources).ToContainTextAsync(" and Azure Resource Manager (last ");
        await Expect(sources).ToContainTextAsync("the heartbeat speaks for this VM");
        tab.Errors.ShouldBeEmpty();
    }

    private static async Task<(string ApplianceId, JsonNode Vm)> FirstHeartbeatVmAsync(DashboardHost host)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            var fleet = await host.FleetAsync();
            var found = fleet["appliances"]!.AsArray()
                .Where(a => !a!["applianceId"]!.GetValue<string>().StartsWith("arm-", StringComparison.Ordinal))
                .SelectMany(a => a!["vms"]!.AsArray().Where(v => v!["name"] is not null).Select(v => (a!["applianceId"]!.GetValue<string>(), v!)))
                .FirstOrDefault();
            if (found.Item2 is not null)
            {
                return found;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        throw new TimeoutException("No appliance heartbeat reported a named VM within a minute.");
    }
}
