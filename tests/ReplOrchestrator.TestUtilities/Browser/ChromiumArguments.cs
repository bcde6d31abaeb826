namespace ReplOrchestrator.TestUtilities.Browser;

/// <summary>The command-line switches Chromium needs on our build machines.</summary>
public static class ChromiumArguments
{
    // The build machines' network is closed: without these Chromium keeps dialling Google's update, sync and
    // field-trial hosts, and every refused connection is noise in the log and a delay at start. They have no GPU.
    private static readonly string[] s_quiet =
    [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--disable-gpu",
    ];

    /// <summary>The switches for this process: also <c>--no-sandbox</c> as root, where Chromium refuses to start sandboxed.</summary>
    public static IReadOnlyList<string> ForThisProcess() =>
        Environment.IsPrivilegedProcess ? [.. s_quiet, "--no-sandbox"] : s_quiet;
}
