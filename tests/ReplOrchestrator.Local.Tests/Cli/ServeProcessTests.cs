using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Local.Tests.Hosting;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary><c>serve</c> as a process: it answers, Ctrl-C stops it cleanly, and a restart keeps everything.</summary>
public sealed class ServeProcessTests
{
    private static readonly Dictionary<string, string> s_environment = new()
    {
        ["Repl__Appliances__0__Id"] = "appl-a",
        ["Repl__Appliances__0__Key"] = "key-of-a-for-the-local-tests",
        ["Repl__ApiKeys__0"] = "reader-1-for-the-serve-tests",
    };

    [Fact]
    public async Task Serve_CtrlC_StopsCleanly_AndARestartKeepsTheFleet()
    {
        using var data = new TemporaryDirectory();
        var url = $"http://127.0.0.1:{LoopbackPorts.Free()}";

        await using (var first = await ServeProcess.StartAsync(url, data.Path, s_environment))
        {
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/heartbeats")
            {
                Content = new StringContent(ContractJson.Serialize(Heartbeats.Of("appl-a", 1, DateTimeOffset.UtcNow)), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("x-appliance-key", "key-of-a-for-the-local-tests");
            (await http.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
            await WaitForApplianceAsync(url);

            var (exitCode, output) = await first.InterruptAsync();
            exitCode.ShouldBe(0);
            output.ShouldContain("Stopping");
        }

        await using var second = await ServeProcess.StartAsync(url, data.Path, s_environment);
        var fleet = await WaitForApplianceAsync(url);
        fleet["appliances"]![0]!["lastSequence"]!.GetValue<long>().ShouldBe(1);
    }

    [Fact]
    public async Task Serve_KeysInAppSettings_AreTheKeysItCounts()
    {
        using var folder = new TemporaryDirectory();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "appsettings.json"),
            """{ "Repl": { "Appliances": [ { "Id": "appl-a", "Key": "key-of-a-for-the-local-tests" } ], "ApiKeys": [ "reader-1-for-the-serve-tests", "reader-2-for-the-serve-tests" ] } }""");

        await using var serve = await ServeProcess.StartAsync($"http://127.0.0.1:{LoopbackPorts.Free()}", Path.Combine(folder.Path, "data"), new Dictionary<string, string>(), workingDirectory: folder.Path);

        serve.Lines.ShouldContain(line => line.Contains("1 appliance key(s), 2 reader key(s), 0 operator key(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_DataDirectoryNotWritable_FailsWithOneLine()
    {
        using var data = new TemporaryDirectory();
        var blocked = Path.Combine(data.Path, "file");
        await File.WriteAllTextAsync(blocked, "not a folder");

        var run = await CliProcess.RunAsync(s_environment, "serve", "--data", Path.Combine(blocked, "repl"));

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("error: The data directory");
    }

    [Fact]
    public async Task Serve_InvalidNotifications_FailsWithOneLineNamingEachPath_AndNoSecret()
    {
        using var data = new TemporaryDirectory();
        var environment = new Dictionary<string, string>(s_environment)
        {
            ["Repl__Notifications__Route__Receiver"] = "pager",
            ["Repl__Notifications__Receivers__0__Name"] = "ops",
            ["Repl__Notifications__Receivers__0__Email__0__To__0"] = "ops@contoso.com",
            ["Repl__Notifications__Receivers__0__Email__0__From"] = "repl@contoso.com",
            ["Repl__Notifications__Receivers__0__Email__0__SmtpHost"] = "smtp.contoso.com",
            ["Repl__Notifications__Receivers__0__Email__0__Security"] = "None",
            ["Repl__Notifications__Receivers__0__Email__0__Username"] = "repl",
            ["Repl__Notifications__Receivers__0__Email__0__Password"] = "Pa55-w0rd-Secret",
        };

        var run = await CliProcess.RunAsync(environment, "serve", "--data", data.Path);

        run.ExitCode.ShouldBe(1);
        var line = run.ErrorLines.ShouldHaveSingleItem();
        line.ShouldStartWith("error: NotificationOptions is invalid: Repl:Notifications:Receivers:0:Email:0:Security None would send the password in clear");
        line.ShouldContain("Repl:Notifications:Route:Receiver 'pager' is not a receiver");
        line.ShouldNotContain("Pa55-w0rd-Secret");
    }

    [Fact]
    public async Task Serve_DatabaseOfAnotherApplication_FailsWithOneLineAndNothingElse()
    {
        using var data = new TemporaryDirectory();
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(data.Path, "replorchestrator.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE notes (text TEXT); PRAGMA application_id = 42;";
            command.ExecuteNonQuery();
        }

        var run = await CliProcess.RunAsync(s_environment, "serve", "--data", data.Path, "--urls", "http://127.0.0.1:0");

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("error: ");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public async Task Status_UnreachableServer_FailsWithOneLine()
    {
        var run = await CliProcess.RunAsync(s_environment, "status", "--target", $"http://127.0.0.1:{LoopbackPorts.Free()}");

        run.ExitCode.ShouldBe(1);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("error: cannot read the fleet from");
    }

    [Fact]
    public async Task Status_RunningServer_ShowsTheFleetTable()
    {
        await using var host = await RunningHost.StartAsync();
        (await host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 1, DateTimeOffset.UtcNow, Heartbeats.Vm("vm-sql01")))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await host.WaitForAsync("/api/fleet", f => f["appliances"]!.AsArray().Count == 1 && f["appliances"]![0]!["vms"]!.AsArray().Count == 1);

        var run = await CliRun.InProcessAsync("status", "--target", host.Http.BaseAddress!.ToString(), "--api-key", RunningHost.ApiKey);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("appl-a");
        run.Output.ShouldContain("vm-sql01");
        run.Output.ShouldContain("Connected");
    }

    private static async Task<JsonNode> WaitForApplianceAsync(string url)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Add("x-api-key", "reader-1-for-the-serve-tests");
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var fleet = await http.GetFromJsonAsync<JsonNode>("/api/fleet");
            if (fleet!["appliances"]!.AsArray() is [{ } appliance] && appliance["lastSequence"] is not null)
            {
                return fleet;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The appliance never appeared in the fleet.");
    }
}
