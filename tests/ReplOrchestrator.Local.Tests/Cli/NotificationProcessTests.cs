using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Contracts;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Local.Tests.Hosting;
using ReplOrchestrator.TestUtilities.Notifications;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Local.Tests.Cli;

/// <summary>A notification accepted is never lost: <c>serve</c> killed while Teams is down delivers it once after the restart.</summary>
public sealed class NotificationProcessTests
{
    private const string ReaderKey = "reader-1-for-the-notify-tests";
    private const string ApplianceKey = "key-of-a-for-the-local-tests";

    [Fact]
    public async Task Serve_KilledWhileTeamsIsDown_DeliversThePendingNotificationOnceAfterTheRestart()
    {
        var teamsUp = 0;
        await using var teams = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(Volatile.Read(ref teamsUp) == 1 ? 202 : 503));
        using var data = new TemporaryDirectory();
        var url = $"http://127.0.0.1:{LoopbackPorts.Free()}";
        var environment = NotificationSettings.For(new Uri(teams.BaseAddress, "hook")).AsEnvironment();
        environment["Repl__Appliances__0__Id"] = "appl-a";
        environment["Repl__Appliances__0__Key"] = ApplianceKey;
        environment["Repl__ApiKeys__0"] = ReaderKey;

        int refusedBeforeTheKill;
        await using (var first = await ServeProcess.StartAsync(url, data.Path, environment))
        {
            await PostFailedCycleAsync(url);
            await WaitForAsync(url, alert => alert["notifications"]!["receivers"]!.AsArray() is [{ } teamsTarget] && teamsTarget["attempts"]!.GetValue<int>() >= 1);
            await first.KillAsync();
            refusedBeforeTheKill = teams.Requests.Count;
        }

        Interlocked.Exchange(ref teamsUp, 1);
        await using var second = await ServeProcess.StartAsync(url, data.Path, environment);
        var delivered = await WaitForAsync(url, alert => alert["notifications"]!["state"]!.GetValue<string>() == "delivered");

        refusedBeforeTheKill.ShouldBeGreaterThan(0);
        teams.Requests.Count.ShouldBe(refusedBeforeTheKill + 1, "delivered once, and not posted again after Teams accepted it");
        JsonNode.Parse(teams.Requests.Last().Body)!.ToJsonString().ShouldContain("vm-db04");
        delivered["notifications"]!["receivers"]![0]!["attempts"]!.GetValue<int>().ShouldBe(refusedBeforeTheKill + 1);
    }

    private static async Task PostFailedCycleAsync(string url)
    {
        var failed = Heartbeats.HostConnectionRefused("c-9", DateTimeOffset.UtcNow.AddMinutes(-5));
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/heartbeats")
        {
            Content = new StringContent(ContractJson.Serialize(Heartbeats.Of("appl-a", 1, DateTimeOffset.UtcNow, Heartbeats.Vm("vm-db04", failed))), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-appliance-key", ApplianceKey);
        (await http.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    private static async Task<JsonNode> WaitForAsync(string url, Func<JsonNode, bool> done)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Add("x-api-key", ReaderKey);
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var alerts = await http.GetFromJsonAsync<JsonArray>("/api/alerts");
            if (alerts!.FirstOrDefault(a => a!["code"]!.GetValue<string>() == "HostConnectionRefused") is { } alert && done(alert))
            {
                return alert;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The alert's notification never reached the state the test waits for.");
    }
}
