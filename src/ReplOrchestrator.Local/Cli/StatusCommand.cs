using System.CommandLine;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Api.Security;
using ReplOrchestrator.Domain.Contracts;
using Spectre.Console;

namespace ReplOrchestrator.Local.Cli;

/// <summary><c>status</c>: the fleet of a running server as a table.</summary>
internal static class StatusCommand
{
    private const int Failure = 1;

    public static Command Create(Func<IConfiguration> configuration)
    {
        var target = new Option<Uri>("--target")
        {
            Description = "The server's base URL.",
            DefaultValueFactory = _ => SimulateCommand.DefaultTarget,
            CustomParser = result => ArgumentParsers.HttpUrl(result)!,
        };
        var apiKey = new Option<string?>("--api-key") { Description = "An API key (x-api-key); defaults to the first of Repl:ApiKeys, else of Repl:OperatorKeys." };
        var command = new Command("status", "Show the fleet of a running server: appliances, VMs, health, cycles and open alerts.") { target, apiKey };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var invocation = parseResult.InvocationConfiguration;
            var settings = configuration();
            var key = parseResult.GetValue(apiKey) ?? settings[$"{AccessOptions.Section}:ApiKeys:0"] ?? settings[$"{AccessOptions.Section}:OperatorKeys:0"];
            return RunAsync(parseResult.GetValue(target)!, key, invocation.Output, invocation.Error, cancellationToken);
        });
        return command;
    }

    public static async Task<int> RunAsync(Uri target, string? apiKey, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(apiKey))
        {
            await error.WriteLineAsync("error: no API key: pass --api-key or set Repl__ApiKeys__0").ConfigureAwait(false);
            return Failure;
        }

        using var http = new HttpClient { BaseAddress = target, Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/fleet");
        request.Headers.TryAddWithoutValidation(ApiKeyAuthenticator.Header, apiKey);
        FleetView? fleet;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                await error.WriteLineAsync($"error: {target} refused the API key").ConfigureAwait(false);
                return Failure;
            }

            response.EnsureSuccessStatusCode();
            fleet = await response.Content.ReadFromJsonAsync<FleetView>(ContractJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            await error.WriteLineAsync($"error: cannot read the fleet from {target}: {e.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            return Failure;
        }

        CliConsole.For(output).Write(FleetTable.Of(fleet ?? new FleetView([])));
        return 0;
    }
}
