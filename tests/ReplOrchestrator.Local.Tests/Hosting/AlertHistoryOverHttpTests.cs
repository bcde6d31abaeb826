using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Alerts;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary><c>GET /api/alerts</c> pages through the current episodes and, asked to, the earlier ones of each key.</summary>
public sealed class AlertHistoryOverHttpTests : IAsyncLifetime
{
    private static readonly DateTimeOffset s_t0 = DateTimeOffset.UtcNow.AddDays(-1);
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task History_PagedThroughTheLinkHeader_ListsEveryEpisodeOnceNewestFirst()
    {
        // One key fired three times (two episodes ended), another once.
        await StartLifecycleAsync("vm-1", Episode("vm-1", 0, resolved: true), Episode("vm-1", 2, resolved: true), Episode("vm-1", 4, resolved: false));
        await StartLifecycleAsync("vm-2", Episode("vm-2", 3, resolved: false));
        await _host.WaitForAsync("/api/alerts", a => a.AsArray().Count == 2);

        var ids = new List<string>();
        var next = "/api/alerts?history=true&limit=3";
        var pages = 0;
        while (next is not null)
        {
            using var response = await _host.GetAsync(next);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            ids.AddRange((await response.Content.ReadFromJsonAsync<JsonArray>())!.Select(a => a!["firstSeen"]!.GetValue<DateTimeOffset>().ToString("HH") + a["vmId"]));
            next = response.Headers.TryGetValues("Link", out var links) ? links.Single().Split('<', '>')[1] : null;
            pages++;
        }

        pages.ShouldBe(2);
        ids.ShouldBe([Hour(4) + "vm-1", Hour(3) + "vm-2", Hour(2) + "vm-1", Hour(0) + "vm-1"]);
    }

    [Fact]
    public async Task WithoutHistory_OnlyTheCurrentEpisodes_AndOneKeyCanBeAskedFor()
    {
        await StartLifecycleAsync("vm-1", Episode("vm-1", 0, resolved: true), Episode("vm-1", 4, resolved: false));
        await StartLifecycleAsync("vm-2", Episode("vm-2", 3, resolved: false));
        await _host.WaitForAsync("/api/alerts", a => a.AsArray().Count == 2);

        var key = $"appl-a/vm-1/{CatalogCodes.ReplicationInError}";
        var history = (await _host.GetJsonAsync($"/api/alerts?history=true&dedupKey={Uri.EscapeDataString(key)}")).AsArray();

        history.Select(a => a!["status"]!.GetValue<string>()).ShouldBe(["firing", "resolved"]);
        history.ShouldAllBe(a => a!["dedupKey"]!.GetValue<string>() == key);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("after=nonsense")]
    [InlineData("history=yes")]
    public async Task BadPagingParameter_Is400InvalidParameter(string query)
    {
        using var response = await _host.GetAsync("/api/alerts?" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonNode>())!["type"]!.GetValue<string>().ShouldBe("urn:replorchestrator:problem:invalid-parameter");
    }

    private static string Hour(int hours) => s_t0.AddHours(hours).ToString("HH");

    private async Task StartLifecycleAsync(string vmId, params Alert[] episodes)
    {
        var key = AlertKey.Create("appl-a", vmId, CatalogCodes.ReplicationInError);
        var current = episodes[^1];
        var state = new AlertLifecycleState(key)
        {
            Phase = current.Status == AlertStatus.Firing ? AlertPhase.Firing : AlertPhase.Resolved,
            Alert = current,
            History = episodes[..^1],
            KeepsHistory = true,
        };
        var client = _host.App.Services.GetRequiredService<DurableTaskClient>();
        await client.StartIfAbsentAsync(WorkflowNames.AlertLifecycle, key.ToInstanceId(), state);
    }

    private static Alert Episode(string vmId, int hours, bool resolved)
    {
        var alert = AlertBuilder.Fire(ErrorCatalog.Get(CatalogCodes.ReplicationInError), new AlertContext { ApplianceId = "appl-a", VmId = vmId }, [], [], s_t0.AddHours(hours));
        return resolved ? AlertBuilder.Resolve(alert, s_t0.AddHours(hours).AddMinutes(30), "Resolved: replication is Replicating again") : alert;
    }
}
