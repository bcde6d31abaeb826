using Microsoft.Playwright;
using ReplOrchestrator.Browser.Tests.Support;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.TestUtilities.Browser;

namespace ReplOrchestrator.Browser.Tests.Dashboard;

/// <summary>A browser tab on a <see cref="DashboardHost"/>'s dashboard: signing in and keeping screenshots.</summary>
internal sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private DashboardPage(IBrowserContext context, IPage page, DashboardHost host)
    {
        _context = context;
        Page = page;
        Host = host;
    }

    public IPage Page { get; }

    public DashboardHost Host { get; }

    /// <summary>Script errors and console errors (a CSP violation among them) seen so far.</summary>
    public List<string> Errors { get; } = [];

    public static async Task<DashboardPage> OpenAsync(ChromiumBrowser chromium, DashboardHost host)
    {
        // UTC, so the times a test types into the silence form mean what the test means.
        var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1200, Height = 820 }, TimezoneId = "UTC", Locale = "en-GB" });
        var page = await context.NewPageAsync();
        var tab = new DashboardPage(context, page, host);
        page.PageError += (_, error) => tab.Errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                tab.Errors.Add(message.Text);
            }
        };
        await page.GotoAsync(host.Dashboard.AbsoluteUri);
        return tab;
    }

    public async Task SignInAsync(string? key = null)
    {
        try
        {
            await Page.Locator("#reader-key").FillAsync(key ?? Host.ReaderKey, new() { Timeout = 10_000 });
        }
        catch (TimeoutException e)
        {
            // A script that failed to load leaves the form hidden; say why rather than only that it is hidden.
            throw new InvalidOperationException("The sign-in form did not show; page errors: " + string.Join(" | ", Errors), e);
        }

        await Page.Locator("#sign-in-form button[type=submit]").ClickAsync();
    }

    /// <summary>Saves a screenshot as a test artifact, and as the README's image when asked (<see cref="DocImages"/>).</summary>
    public async Task ScreenshotAsync(string name, bool forDocs = true)
    {
        var path = TestArtifacts.PathFor("dashboard", name);
        await Page.ScreenshotAsync(new() { Path = path });
        if (forDocs)
        {
            DocImages.UpdateIfAsked(path, name);
        }
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
