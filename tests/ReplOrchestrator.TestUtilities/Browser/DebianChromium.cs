using System.ComponentModel;
using System.Diagnostics;

namespace ReplOrchestrator.TestUtilities.Browser;

/// <summary>
/// Debian's Chromium, the browser the browser tests drive. Playwright's own browser download does not work on our
/// build machines, so a machine without the browser gets the distribution's package instead.
/// </summary>
public static class DebianChromium
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    // The emoji font draws the probe table's ✅ and ❌ as Teams does rather than as empty boxes.
    private static readonly string[] s_packages = ["chromium", "fonts-noto-color-emoji"];

    private static readonly string s_missing =
        $"Chromium is not at {ExecutablePath} and could not be installed: install Debian's packages (sudo apt-get install -y {string.Join(' ', s_packages)})";

    // Test classes of one run start in parallel; apt-get holds a lock and fails a second installer.
    private static readonly SemaphoreSlim s_install = new(1, 1);

    /// <summary>The browser's path, installing the <c>chromium</c> package (and an emoji font) with apt-get first when it is missing.</summary>
    /// <remarks>Not root: through <c>sudo -n</c>, so a password prompt fails rather than hangs the test run.</remarks>
    /// <exception cref="InvalidOperationException">It is still missing; the one-line message says what to install.</exception>
    public static async Task<string> EnsureInstalledAsync(CancellationToken cancellationToken = default)
    {
        if (File.Exists(ExecutablePath))
        {
            return ExecutablePath;
        }

        await s_install.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(ExecutablePath))
            {
                await InstallAsync(cancellationToken);
            }
        }
        finally
        {
            s_install.Release();
        }

        return File.Exists(ExecutablePath) ? ExecutablePath : throw new InvalidOperationException(s_missing);
    }

    private static async Task InstallAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
        {
            throw new InvalidOperationException(s_missing);
        }

        // A fresh machine or container often has no package lists yet: only then is the slow update worth it.
        string[] install = ["install", "-y", "--no-install-recommends", .. s_packages];
        if (await AptGetAsync(install, cancellationToken) != 0 && await AptGetAsync(["update"], cancellationToken) == 0)
        {
            await AptGetAsync(install, cancellationToken);
        }
    }

    private static async Task<int> AptGetAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var root = Environment.IsPrivilegedProcess;
        var start = new ProcessStartInfo(root ? "apt-get" : "sudo") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (!root)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add("apt-get");
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        try
        {
            using var process = Process.Start(start)!;
            // Drain both pipes: apt-get blocks once a pipe's buffer is full.
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            await Task.WhenAll(output, errors);
            return process.ExitCode;
        }
        catch (Win32Exception)
        {
            return -1; // no sudo on this machine: the caller's check reports the missing browser
        }
    }
}
