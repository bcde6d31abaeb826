using System.Diagnostics;
using System.Net;
using Microsoft.Playwright;
using ReplOrchestrator.Local.Simulation.Scenarios;
using ReplOrchestrator.TestUtilities.Browser;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ReplOrchestrator.Browser.Tests.Dashboard;

/// <summary>The dashboard in Chromium against a running local host whose simulated fleet plays the seed situations.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardTests(ChromiumBrowser chromium, ITestOutputHelper output)
{
    private static readonly LocatorAssertionsToBeVisibleOptions s_withinAMinute = new() { Timeout = 60_000 };

    [Fact]
    public async Task UploadStall_FleetShowsTheVmCriticalWithoutReload_VmPageShowsTheStalledDiskCauseAndNextStep()
    {
        await using var host = await DashboardHost.StartAsync(ScenarioNames.UploadStall);
        await using var tab = await DashboardPage.OpenAsync(chromium, host);
        await tab.SignInAsync();
        await Expect(tab.Page.Locator("#count-critical")).ToHaveTextAsync("0");
        // A page that reloaded would lose this; the fleet must change under it.
        await tab.Page.EvaluateAsync("() => { window.notReloaded = true; }");

        var clock = Stopwatch.StartNew();
        host.StartFleet();
        var critical = tab.Page.Locator($"#vms tbody tr.row-critical[data-vm='{host.VmPlaying(ScenarioNames.UploadStall)}']");
        await Expect(critical).ToBeVisibleAsync(s_withinAMinute);
        output.WriteLine($"Critical on the fleet page {clock.Elapsed.TotalSeconds:0.0} s after the fleet started (stall limit {DashboardHost.UploadStallTimeout.TotalSeconds} s).");
        (await critical.InnerTextAsync()).ShouldContain("Critical");
        (await tab.Page.EvaluateAsync<bool>("() => window.notReloaded === true")).ShouldBeTrue();
        await tab.ScreenshotAsync("dashboard-fleet.png");

        await critical.Locator("th a").ClickAsync();
        // The scenario stalls the first disk at 6 %; the others finish.
        var stalledDisk = tab.Page.Locator("#disks tbody tr.stalled[data-disk='disk-0']");
        await Expect(stalledDisk).ToBeVisibleAsync(s_withinAMinute);
        (await stalledDisk.InnerTextAsync()).ShouldContain("stalled for");
        (await tab.Page.Locator("#disks tbody tr.stalled").CountAsync()).ShouldBe(1);
        var card = tab.Page.Locator("article.alert[data-code='DiskUploadTimedOut']");
        await Expect(card).ToBeVisibleAsync(s_withinAMinute);
        var alert = await host.FiringAsync("DiskUploadTimedOut");
        await Expect(card).ToContainTextAsync(alert["probableCauses"]![0]!["cause"]!.GetValue<string>());
        await Expect(card).ToContainTextAsync(alert["recommendedActions"]![0]!.GetValue<string>());
        await Expect(card.Locator("h4", new() { HasText = "Next steps" })).ToBeVisibleAsync();
        output.WriteLine($"VM page showed the stalled disk and the alert {clock.Elapsed.TotalSeconds:0.0} s after the fleet started.");
        await tab.ScreenshotAsync("dashboard-vm-alert.png", forDocs: false);
        // The README's picture of the page is its history: cycles against deadlines, the stalled disk, the RPO.
        await tab.Page.Locator("#cycles-title").ScrollIntoViewIfNeededAsync();
        await tab.Page.EvaluateAsync("() => document.getElementById('cycles-title').scrollIntoView()");
        await tab.ScreenshotAsync("dashboard-vm.png");

        await tab.Page.Locator("nav a[data-page=alerts]").ClickAsync();
        var listed = tab.Page.Locator("#alert-list article[data-code='DiskUploadTimedOut']");
        await Expect(listed).ToBeVisibleAsync(s_withinAMinute);
        await Expect(listed.Locator($"a[href='#/vm/{alert["applianceId"]}/{alert["vmId"]}']")).ToBeVisibleAsync();
        await tab.ScreenshotAsync("dashboard-alerts.png");
    }

    [Fact]
    public async Task VmPage_PollsThatRedrawIt_KeepFocusAndScrollWhereTheReaderLeftThem()
    {
        await using var host = await DashboardHost.StartAsync();
        host.StartFleet();
        await using var tab = await DashboardPage.OpenAsync(chromium, host);
        await tab.SignInAsync();
        await tab.Page.Locator("#vms tbody tr th a").First.ClickAsync(new() { Timeout = 60_000 });
        await Expect(tab.Page.Locator("#rpo-now")).ToBeVisibleAsync(s_withinAMinute);
        // Counts the parts of the page the polls rebuild, so the test knows redraws happened under the focus.
        await tab.Page.EvaluateAsync("""
            () => {
              window.redraws = 0;
              new MutationObserver((changes) => { window.redraws += changes.filter((c) => c.addedNodes.length).length; })
                .observe(document.getElementById('main'), { childList: true });
            }
            """);
        await tab.Page.Locator("#vm-fleet-link").FocusAsync();
        // A short window, so that even a VM with no cycle yet has a page to scroll.
        await tab.Page.SetViewportSizeAsync(1200, 360);
        await tab.Page.EvaluateAsync("() => window.scrollTo(0, 240)");
        var scrolled = await tab.Page.EvaluateAsync<double>("() => window.scrollY");
        scrolled.ShouldBeGreaterThan(0, "the page must be long enough to scroll for the test to mean anything");

        // The simulated appliances report every second; each report changes the header at least.
        await tab.Page.WaitForFunctionAsync("() => window.redraws >= 3", null, new() { Timeout = 30_000 });

        (await tab.Page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("vm-fleet-link");
        (await tab.Page.EvaluateAsync<double>("() => window.scrollY")).ShouldBe(scrolled);
        await tab.Page.Keyboard.PressAsync("Enter");
        await Expect(tab.Page.Locator("#vms")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Silences_ReaderKeyAsksForTheOperatorKey_CreatesTheSilence_AndABadOneShowsTheApiProblem()
    {
        await using var host = await DashboardHost.StartAsync();
        await using var tab = await DashboardPage.OpenAsync(chromium, host);
        await tab.SignInAsync();
        await tab.Page.Locator("nav a[data-page=silences]").ClickAsync();
        var page = tab.Page;

        await page.Locator("#s-appliance").FillAsync("demo-appl-01");
        await page.Locator("#s-codes").FillAsync("DiskUploadTimedOut, RpoExceeded");
        await page.Locator("#s-ends").FillAsync(DateTime.UtcNow.AddHours(2).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#s-comment").FillAsync("Storage firewall change, ask the network team");
        await page.Locator("#silence-form button[type=submit]").ClickAsync();

        // The reader key may not change anything: the API says 403 and the page asks for an operator key.
        await Expect(page.Locator("#operator-key-input")).ToBeVisibleAsync();
        await page.Locator("#operator-key-input").FillAsync(host.OperatorKey);
        await page.Locator("#operator-key button[type=submit]").ClickAsync();
        var row = page.Locator("#silences tbody tr[data-silence]");
        await Expect(row).ToContainTextAsync("appliance demo-appl-01");
        await Expect(row).ToContainTextAsync("DiskUploadTimedOut, RpoExceeded");

        // One-off without an end: the API refuses it and the page shows the API's own words.
        await page.Locator("#s-ends").FillAsync(string.Empty);
        await page.Locator("#silence-form button[type=submit]").ClickAsync();
        var problems = page.Locator("#silence-problems");
        await Expect(problems).ToContainTextAsync("The silence breaks its rules.");
        await Expect(problems.Locator("li code")).ToContainTextAsync("endsAt");
        await tab.ScreenshotAsync("dashboard-silences.png");
        (await page.Locator("#silences tbody tr[data-silence]").CountAsync()).ShouldBe(1);

        await row.Locator("button").ClickAsync();
        await Expect(page.Locator("#silences tbody tr[data-silence]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Dashboard_WithoutKey_ServesNoDataAndShowsTheSignIn()
    {
        await using var host = await DashboardHost.StartAsync(ScenarioNames.UploadStall);
        host.StartFleet();
        using var http = new HttpClient { BaseAddress = host.Address };

        using var fleet = await http.GetAsync(new Uri("api/fleet", UriKind.Relative));
        fleet.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var index = await http.GetAsync(new Uri("api/dashboard/", UriKind.Relative));
        index.StatusCode.ShouldBe(HttpStatusCode.OK);
        index.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        index.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        (await index.Content.ReadAsStringAsync()).ShouldNotContain("demo-appl");

        await using var tab = await DashboardPage.OpenAsync(chromium, host);
        await Expect(tab.Page.Locator("#sign-in")).ToBeVisibleAsync();
        await Expect(tab.Page.Locator("#main")).ToBeHiddenAsync();
        await tab.SignInAsync("not-a-key-this-host-knows-of-at-all");
        await Expect(tab.Page.Locator("#sign-in-message")).ToContainTextAsync("401");
        await Expect(tab.Page.Locator("#main")).ToBeHiddenAsync();
        (await tab.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('repl.readerKey')")).ShouldBeNull();
    }
}
