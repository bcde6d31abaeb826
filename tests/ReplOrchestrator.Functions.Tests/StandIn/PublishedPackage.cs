using System.Diagnostics;
using ReplOrchestrator.Functions.Tests.Manifest;

namespace ReplOrchestrator.Functions.Tests.StandIn;

/// <summary>
/// The function app package, built once per test run with the command the README gives
/// (<c>dotnet publish src/ReplOrchestrator.Functions -c Release -p:FunctionAppPackage=true</c>).
/// </summary>
internal static class PublishedPackage
{
    private static readonly Lazy<Task<string>> s_folder = new(PublishAsync);

    /// <summary>The assembled app folder (<c>artifacts/functionapp</c>).</summary>
    public static Task<string> FolderAsync() => s_folder.Value;

    public static string Zip => Path.Combine(FunctionManifestTests.RepoRoot(), "artifacts", "functionapp.zip");

    private static async Task<string> PublishAsync()
    {
        var root = FunctionManifestTests.RepoRoot();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        foreach (var arg in new[] { "publish", "src/ReplOrchestrator.Functions", "-c", "Release", "-p:FunctionAppPackage=true", "-nologo" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Publishing the package failed:\n{await output}\n{await error}");
        }

        return Path.Combine(root, "artifacts", "functionapp");
    }
}
