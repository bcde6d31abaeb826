using System.CommandLine;
using Microsoft.Extensions.Configuration;

namespace ReplOrchestrator.Local.Cli;

/// <summary>The command line: every command, and one rule for bad arguments.</summary>
internal static class CliApp
{
    /// <summary>The exit code for arguments that do not parse.</summary>
    public const int UsageError = 2;

    /// <summary>The commands; those that read configuration call <paramref name="configuration"/> when they run.</summary>
    public static RootCommand CreateRoot(Func<IConfiguration> configuration) =>
        new("ReplOrchestrator: tracks VM replication cycles, detects stuck phases, diagnoses and alerts.")
        {
            ServeCommand.Create(),
            DemoCommand.Create(),
            StatusCommand.Create(configuration),
            SimulateCommand.Create(configuration),
            CatalogCommand.Create(),
            BenchCommand.Create(),
        };

    /// <summary>
    /// Runs the command line. Bad arguments get one line on <paramref name="error"/> and exit code
    /// <see cref="UsageError"/>, not a page of help, so scripts and people see at once what is wrong.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where errors go, one line each.</param>
    /// <param name="configuration">
    /// The <c>Repl:*</c> settings the server also reads; null for the environment variables
    /// (<c>Repl__Appliances__0__Id</c>, …).
    /// </param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, IConfiguration? configuration = null)
    {
        // No command at all means serve, the host's everyday job.
        var result = CreateRoot(() => configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build()).Parse(args.Length == 0 ? ["serve"] : args);
        if (result.Errors.Count > 0)
        {
            await error.WriteLineAsync($"error: {OneLine(result.Errors[0].Message)} (see --help)").ConfigureAwait(false);
            return UsageError;
        }

        return await result.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).ConfigureAwait(false);
    }

    // Some parser messages list suggestions on separate lines.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split((char[])['\r', '\n', ' '], StringSplitOptions.RemoveEmptyEntries));
}
