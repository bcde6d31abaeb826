using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.TestUtilities.Notifications;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>An alert told to people by the running host: a real webhook listener and a real SMTP server receive it.</summary>
public sealed class NotificationsOverHttpTests
{
    [Fact]
    public async Task HostRefusesConnections_TeamsAndEmailAreTold_AndTheApiShowsEachDelivery()
    {
        await using var teams = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(202));
        await using var smtp = await SmtpTestServer.StartAsync(SmtpSecurity.None);
        var settings = NotificationSettings.For(new Uri(teams.BaseAddress, "hook"), smtp.Port);
        settings["Repl:Notifications:DashboardUrl"] = "https://repl.contoso.com/api/dashboard/";
        await using var host = await RunningHost.StartAsync(settings: settings);

        var failed = Heartbeats.HostConnectionRefused("c-9", DateTimeOffset.UtcNow.AddMinutes(-5));
        (await host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 1, DateTimeOffset.UtcNow, Heartbeats.Vm("vm-db04", failed))))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var alerts = await host.WaitForAsync("/api/alerts", a => a.AsArray().Any(x => x!["notifications"]!["state"]!.GetValue<string>() == "delivered"));
        var alert = alerts.AsArray().Single(x => x!["code"]!.GetValue<string>() == "HostConnectionRefused")!;
        var targets = alert["notifications"]!["receivers"]!.AsArray();
        targets.Select(t => t!["target"]!.GetValue<string>()).ShouldBe(["teams:0", "email:0"]);
        targets.ShouldAllBe(t => t!["state"]!.GetValue<string>() == "delivered" && t["receiver"]!.GetValue<string>() == "oncall" && t["deliveredAt"] != null);

        var post = teams.Requests.ShouldHaveSingleItem();
        post.Path.ShouldBe("/hook");
        var card = JsonNode.Parse(post.Body)!["attachments"]![0]!["content"]!;
        card.ToJsonString().ShouldContain("vm-db04");
        card.ToJsonString().ShouldContain("esx07.contoso.local");
        card["actions"]!.AsArray().Select(a => a!["url"]!.GetValue<string>()).ShouldContain("https://repl.contoso.com/api/dashboard/#vm/appl-a/vm-db04");
        var mail = smtp.Messages.ShouldHaveSingleItem();
        mail.Subject.ShouldStartWith("[FIRING:Critical] vm-db04 HostConnectionRefused (1022)");
        mail.TextBody!.ShouldContain("esx07.contoso.local");
    }

    [Fact]
    public async Task TeamsUnreachableForAWhile_TheCardIsPostedOnceWhenItComesBack()
    {
        var port = LoopbackPorts.Free();
        var webhook = new Uri($"http://127.0.0.1:{port}/hook");
        await using var host = await RunningHost.StartAsync(settings: NotificationSettings.For(webhook));
        (await host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 1, DateTimeOffset.UtcNow, Heartbeats.Vm("vm-db04", Heartbeats.HostConnectionRefused("c-9", DateTimeOffset.UtcNow.AddMinutes(-5))))))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var refused = await host.WaitForAsync("/api/alerts", a => a.AsArray().Any(x => x!["notifications"]!["receivers"]!.AsArray() is [{ } t] && t["attempts"]!.GetValue<int>() >= 1));
        var target = refused.AsArray().Single()!["notifications"]!["receivers"]![0]!;
        target["state"]!.GetValue<string>().ShouldBe("pending");
        target["lastError"]!.GetValue<string>().ShouldNotContain("hook");

        await using var teams = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(202), port: port);
        var delivered = await host.WaitForAsync("/api/alerts", a => a.AsArray().Any(x => x!["notifications"]!["state"]!.GetValue<string>() == "delivered"));

        teams.Requests.ShouldHaveSingleItem().Path.ShouldBe("/hook");
        delivered.AsArray().Single()!["notifications"]!["receivers"]![0]!["attempts"]!.GetValue<int>().ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task ASilenceCreatedThroughTheApi_MutesTheNextNotification_WhileTheAlertStaysVisible()
    {
        await using var teams = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(202));
        await using var host = await RunningHost.StartAsync(settings: NotificationSettings.For(new Uri(teams.BaseAddress, "hook")));
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/silences")
        {
            Content = JsonContent.Create(new JsonObject
            {
                ["scope"] = new JsonObject { ["kind"] = "Vm", ["applianceId"] = "appl-a", ["vmId"] = "vm-db04" },
                ["startsAt"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"),
                ["endsAt"] = DateTimeOffset.UtcNow.AddHours(1).ToString("O"),
                ["comment"] = "esx07 is being patched",
            }),
        };
        create.Headers.Add("x-api-key", RunningHost.OperatorKey);
        (await host.Http.SendAsync(create)).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 1, DateTimeOffset.UtcNow,
            Heartbeats.Vm("vm-db04", Heartbeats.HostConnectionRefused("c-9", DateTimeOffset.UtcNow.AddMinutes(-5))), Heartbeats.Vm("vm-db05", Heartbeats.HostConnectionRefused("c-3", DateTimeOffset.UtcNow.AddMinutes(-5))))))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var alerts = await host.WaitForAsync("/api/alerts", a => a.AsArray().Count == 2 && a.AsArray().Any(x => x!["notifications"]!["state"]!.GetValue<string>() == "delivered"));

        // The unsilenced VM's card went out; the silenced one fires, visible, and waits untold.
        var silenced = alerts.AsArray().Single(a => a!["vmId"]!.GetValue<string>() == "vm-db04")!;
        silenced["status"]!.GetValue<string>().ShouldBe("firing");
        silenced["notifications"]!["state"]!.GetValue<string>().ShouldBe("waiting");
        teams.Requests.ShouldHaveSingleItem().Body.ShouldContain("vm-db05");
        teams.Requests.Single().Body.ShouldNotContain("vm-db04");
    }

    [Fact]
    public async Task WithoutNotificationSettings_EveryAlertSaysItHasNoReceiver()
    {
        await using var host = await RunningHost.StartAsync(settings: new Dictionary<string, string?> { ["Repl:Alerts:GroupWait"] = "00:00:00" });
        var failed = Heartbeats.HostConnectionRefused("c-9", DateTimeOffset.UtcNow.AddMinutes(-5));
        (await host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 1, DateTimeOffset.UtcNow, Heartbeats.Vm("vm-db04", failed))))
            .StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var alerts = await host.WaitForAsync("/api/alerts", a => a.AsArray().Count > 0);

        alerts.AsArray().ShouldAllBe(a => a!["notifications"]!["state"]!.GetValue<string>() == "none" && a["notifications"]!["receivers"]!.AsArray().Count == 0);
    }
}
