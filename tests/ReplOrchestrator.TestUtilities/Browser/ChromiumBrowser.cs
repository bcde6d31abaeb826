using Microsoft.Playwright;
using Xunit;

namespace ReplOrchestrator.TestUtilities.Browser;

/// <summary>
/// One headless Debian Chromium driven by Playwright, shared by the tests of a class or collection as an xunit
/// fixture; each test opens its own <see cref="NewContextAsync"/> so cookies and storage never leak between tests.
/// </summary>
/// <remarks>
/// A test project that uses it references <c>Microsoft.Playwright</c> itself: that reference is what copies
/// Playwright's driver (the Node.js it ships) into the project's output.
/// </remarks>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser starts in InitializeAsync, which xunit calls for a fixture.");

    /// <summary>A fresh, isolated browser context; dispose it at the end of the test.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) => Browser.NewContextAsync(options);

    /// <summary>Installs Chromium when it is missing (see <see cref="DebianChromium"/>), then launches it headless.</summary>
    public async Task InitializeAsync()
    {
        var executable = await DebianChromium.EnsureInstalledAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArguments.ForThisProcess(),
        });
    }

    /// <summary>Closes the browser and stops Playwright's driver.</summary>
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
