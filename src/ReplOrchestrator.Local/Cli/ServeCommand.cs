using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReplOrchestrator.Api.Security;
using ReplOrchestrator.Engine;
using ReplOrchestrator.Local.Hosting;

namespace ReplOrchestrator.Local.Cli;

/// <summary>
/// <c>serve</c>: the local host until Ctrl-C. Alerts print as they are published and are appended to
/// <c>alerts.jsonl</c>; a restart on the same data folder resumes every orchestration and timer.
/// </summary>
internal static class ServeCommand
{
    private const int Failure = 1;

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where the API listens.", DefaultValueFactory = _ => LocalHostOptions.DefaultUrls };
        var data = new Option<string>("--data") { Description = "The folder for the database and alerts.jsonl.", DefaultValueFactory = _ => "./.repl" };
        var command = new Command("serve", "Run ReplOrchestrator on this machine: the API on loopback, the embedded engine, alerts on the console and in alerts.jsonl.")
        {
            urls, data,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var invocation = parseResult.InvocationConfiguration;
            return RunAsync(new LocalHostOptions { Urls = parseResult.GetValue(urls)!, DataDirectory = parseResult.GetValue(data)!, AlertOutput = invocation.Output },
                invocation.Output, invocation.Error, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(LocalHostOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = LocalHost.Build(options);
        }
        catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException)
        {
            await error.WriteLineAsync("error: " + OneLine(e.Message)).ConfigureAwait(false);
            return Failure;
        }

        await using (app.ConfigureAwait(false))
        {
            try
            {
                // A task hub it must not use is refused here, in one line, before the host starts and logs its own failure.
                await app.Services.GetRequiredService<DurableEngine>().OpenAsync(cancellationToken).ConfigureAwait(false);
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or IncompatibleDatabaseException or InvalidOperationException)
            {
                await error.WriteLineAsync("error: " + OneLine(e.Message)).ConfigureAwait(false);
                return Failure;
            }

            // The keys the server checks against, from every source it reads (environment, appsettings.json).
            var access = app.Services.GetRequiredService<IOptionsMonitor<AccessOptions>>().CurrentValue;
            await output.WriteLineAsync($"ReplOrchestrator listening on {string.Join(", ", app.Urls)} (data: {Path.GetFullPath(options.DataDirectory)}); "
                + $"{access.Appliances.Count} appliance key(s), {access.ApiKeys.Count} reader key(s), {access.OperatorKeys.Count} operator key(s). Ctrl-C stops.").ConfigureAwait(false);
            if (access.Appliances.Count == 0)
            {
                await error.WriteLineAsync("warning: no appliance keys are configured (Repl:Appliances); every heartbeat will be refused.").ConfigureAwait(false);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await output.WriteLineAsync("Stopping: running work finishes, timers resume at the next start.").ConfigureAwait(false);
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
