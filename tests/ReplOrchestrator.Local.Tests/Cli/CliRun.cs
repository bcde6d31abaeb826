using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Local.Cli;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary>What one run of the command line wrote and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static Task<CliRun> InProcessAsync(params string[] args) => InProcessAsync(null, args);

    /// <summary>Runs in this process with <paramref name="configuration"/> instead of the environment (null: the environment).</summary>
    public static async Task<CliRun> InProcessAsync(IConfiguration? configuration, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliApp.RunAsync(args, output, error, configuration);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
