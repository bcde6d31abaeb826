using System.Diagnostics;
using System.Text.Json;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary>The built executable, run as a user runs it: real streams, real exit codes.</summary>
public sealed class CatalogProcessTests
{
    [Fact]
    public async Task Executable_CatalogJson_WritesJsonToStandardOutput()
    {
        var (exitCode, output, error) = await RunAsync("catalog", "--json");

        exitCode.ShouldBe(0, error);
        using var document = JsonDocument.Parse(output);
        document.RootElement.GetArrayLength().ShouldBeGreaterThan(40);
    }

    [Fact]
    public async Task Executable_BadOption_WritesOneLineToStandardErrorAndExitsNonZero()
    {
        var (exitCode, output, error) = await RunAsync("catalog", "--nope");

        exitCode.ShouldBe(2);
        output.ShouldBeEmpty();
        error.TrimEnd().Split('\n').ShouldHaveSingleItem().ShouldContain("--nope");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ReplOrchestrator.Local.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
