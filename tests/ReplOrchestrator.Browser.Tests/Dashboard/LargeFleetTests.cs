using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.TestUtilities.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ReplOrchestrator.Browser.Tests.Dashboard;

/// <summary>The fleet page over a thousand VMs: ten appliances of a hundred, reported through the heartbeat API.</summary>
[Collection(DashboardCollection.Name)]
public sealed class LargeFleetTests(ChromiumBrowser chromium, ITestOutputHelper output)
{
    private const int Appliances = 10;
    private const int VmsEach = 100;

    [Fact]
    public async Task FleetPage_ThousandVms_RendersPagesFiltersAndUpdates_AnsweringTheKeyboardWithinASecond()
    {
        var keys = Enumerable.Range(0, Appliances).Select(i => (Id: $"large-{i:00}", Key: Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)))).ToList();
        var settings = new Dictionary<string, string?> { ["Repl:Appliance:HeartbeatTimeout"] = "00:10:00" };
        for (var i = 0; i < keys.Count; i++)
        {
            // After the demo's own five appliances.
            settings[$"Repl:Appliances:{5 + i}:Id"] = keys[i].Id;
            settings[$"Repl:Appliances:{5 + i}:Key"] = keys[i].Key;
        }

        await using var host = await DashboardHost.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        foreach (var (appliance, i) in keys.Select((k, i) => (k, i)))
        {
            await PostAsync(http, appliance, Heartbeat(appliance.Id, 1, Vms(i, failing: 0)));
        }

        await using var tab = await DashboardPage.OpenAsync(chromium, host);
        await tab.SignInAsync();
        await Expect(tab.Page.Locator("#count-vms")).ToHaveTextAsync("1000", new() { Timeout = 45_000 });
        output.WriteLine($"1,000 VMs on the fleet page {clock.Elapsed.TotalSeconds:0.0} s after the first heartbeat.");
        await Expect(tab.Page.Locator("#vms tbody tr")).ToHaveCountAsync(50);
        await Expect(tab.Page.Locator("#page-of")).ToContainTextAsync("Page 1 of 20");
        await TimeFleetReadsAsync(http, host.ReaderKey);

        var next = tab.Page.Locator("#page-next");
        await next.FocusAsync();
        var paged = await TimedAsync(async () =>
        {
            await tab.Page.Keyboard.PressAsync("Enter");
            await Expect(tab.Page.Locator("#page-of")).ToContainTextAsync("Page 2 of 20");
        });
        (await tab.Page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("page-next");
        await tab.Page.Locator("#f-search").FocusAsync();
        var filtered = await TimedAsync(async () =>
        {
            await tab.Page.Keyboard.TypeAsync("vm-07-042");
            await Expect(tab.Page.Locator("#vms tbody tr")).ToHaveCountAsync(1);
        });
        await Expect(tab.Page.Locator("#vms tbody tr[data-vm='large-07/vm-07-042']")).ToBeVisibleAsync();
        output.WriteLine($"Keyboard to screen: next page {paged.TotalMilliseconds:0} ms, filter to one VM {filtered.TotalMilliseconds:0} ms (typing included).");
        paged.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        filtered.ShouldBeLessThan(TimeSpan.FromSeconds(1) + TimeSpan.FromMilliseconds(9 * 20));

        // Five VMs of one appliance fail their cycles: the next polls carry their alerts into the counts, without reload.
        await tab.Page.Locator("#f-search").FillAsync(string.Empty);
        await tab.Page.EvaluateAsync("() => { window.notReloaded = true; }");
        clock.Restart();
        await PostAsync(http, keys[3], Heartbeat(keys[3].Id, 2, Vms(3, failing: 5)));
        await Expect(tab.Page.Locator("#count-alerts")).Not.ToHaveTextAsync("0", new() { Timeout = 45_000 });
        output.WriteLine($"Open alerts in the counts {clock.Elapsed.TotalSeconds:0.0} s after the failing heartbeat; now {await tab.Page.Locator("#count-alerts").InnerTextAsync()}.");
        (await tab.Page.EvaluateAsync<bool>("() => window.notReloaded === true")).ShouldBeTrue();
        await tab.Page.Locator("#page-next").FocusAsync();
        var pagedAfter = await TimedAsync(async () =>
        {
            await tab.Page.Keyboard.PressAsync("Enter");
            await Expect(tab.Page.Locator("#page-of")).ToContainTextAsync("Page 2 of 20");
        });
        output.WriteLine($"Next page after the update: {pagedAfter.TotalMilliseconds:0} ms.");
        pagedAfter.ShouldBeLessThan(TimeSpan.FromSeconds(1));
        await tab.ScreenshotAsync("dashboard-fleet-1000.png", forDocs: false);
    }

    private static VmReport[] Vms(int appliance, int failing) =>
    [
        .. Enumerable.Range(0, VmsEach).Select(v => new VmReport(
            string.Create(CultureInfo.InvariantCulture, $"vm-{appliance:00}-{v:000}"), null, string.Create(CultureInfo.InvariantCulture, $"esx{v % 10:00}.contoso.local"),
            new ReplicationInfo(ReplicationState.Replicating, null),
            v < failing
                ? new CycleReport($"c-{v}", CycleType.Delta, CyclePhase.Failed, DateTimeOffset.UtcNow.AddMinutes(-2), [],
                    new CycleError("1022", "The Azure Migrate appliance is unable to connect to the vSphere host 'esx00.contoso.local'"))
                : null)),
    ];

    private static Heartbeat Heartbeat(string applianceId, long sequence, VmReport[] vms) =>
        new(Domain.Heartbeats.Heartbeat.SchemaV1, applianceId, ApplianceKind.AzureMigrateVMware, sequence, DateTimeOffset.UtcNow,
            [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running)],
            [new ApplianceEndpoint(EndpointRole.Storage, "migratelsa1.blob.core.windows.net", 443)],
            vms, [], [], []);

    private static async Task PostAsync(HttpClient http, (string Id, string Key) appliance, Heartbeat heartbeat)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/heartbeats") { Content = new StringContent(ContractJson.Serialize(heartbeat), Encoding.UTF8, "application/json") };
        request.Headers.Add("x-appliance-key", appliance.Key);
        using var response = await http.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    private static async Task<TimeSpan> TimedAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed;
    }

    // What a poll costs the server at this size: a full read, and the 304 a quiet fleet answers.
    private async Task TimeFleetReadsAsync(HttpClient http, string readerKey)
    {
        using var full = new HttpRequestMessage(HttpMethod.Get, "api/fleet");
        full.Headers.Add("x-api-key", readerKey);
        var clock = Stopwatch.StartNew();
        using var answer = await http.SendAsync(full);
        var body = await answer.Content.ReadAsByteArrayAsync();
        var fullTime = clock.Elapsed;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "api/fleet");
        conditional.Headers.Add("x-api-key", readerKey);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", answer.Headers.ETag!.Tag);
        clock.Restart();
        using var quiet = await http.SendAsync(conditional);
        output.WriteLine($"GET /api/fleet: {body.Length / 1024} KiB in {fullTime.TotalMilliseconds:0} ms; with its ETag {(int)quiet.StatusCode} in {clock.Elapsed.TotalMilliseconds:0} ms.");
    }
}
