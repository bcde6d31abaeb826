using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using ReplOrchestrator.Api.Notifications;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;
using ReplOrchestrator.TestUtilities;
using ReplOrchestrator.TestUtilities.Notifications;
using ReplOrchestrator.Workflows.Notifications;

namespace ReplOrchestrator.Api.Tests.Notifications;

/// <summary>A notification group's delivery request, sent for real to the target its receiver names.</summary>
public sealed class NotificationSenderTests : IDisposable
{
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task ATwoHundredVmGroup_ReachesTeamsAsOneCardUnder28KB()
    {
        await using var teams = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(202));
        var group = TeamsGroups.Group([.. Enumerable.Range(0, 200).Select(i => TeamsGroups.Diagnosed($"vm-{i:000}"))]);

        var result = await Sender(Policy(teams.BaseAddress, smtp: null)).SendAsync(Request("teams:0", group), CancellationToken.None);

        result.ShouldBe(new DeliveryResult.Delivered());
        var post = teams.Requests.ShouldHaveSingleItem();
        Encoding.UTF8.GetByteCount(post.Body).ShouldBeLessThanOrEqualTo(28_000);
        var message = JsonNode.Parse(post.Body)!;
        message["type"]!.GetValue<string>().ShouldBe("message");
        message["attachments"]![0]!["contentType"]!.GetValue<string>().ShouldBe(TeamsMessage.AdaptiveCardContentType);
        message["attachments"]![0]!["content"]!["version"]!.GetValue<string>().ShouldBe("1.4");
        post.Body.ShouldContain("vm-000");
        post.Body.ShouldMatch(@"…and \d+ more");
    }

    [Fact]
    public async Task AnEmailTarget_IsMailedThroughItsSmtpServer()
    {
        await using var smtp = await SmtpTestServer.StartAsync(SmtpSecurity.None);
        var group = TeamsGroups.Group(TeamsGroups.Diagnosed("sql01"));

        var result = await Sender(Policy(new Uri("https://prod-01.westeurope.logic.azure.com/"), smtp)).SendAsync(Request("email:0", group), CancellationToken.None);

        result.ShouldBe(new DeliveryResult.Delivered());
        smtp.Messages.ShouldHaveSingleItem().Subject.ShouldStartWith("[FIRING:Critical] sql01 DiskUploadTimedOut (1011)");
    }

    [Theory]
    [InlineData("teams:1")]
    [InlineData("email:0")]
    [InlineData("pager:0")]
    public async Task ATargetTheReceiverNoLongerHas_IsRefusedWithoutRetry(string targetId)
    {
        var result = await Sender(Policy(new Uri("https://prod-01.westeurope.logic.azure.com/"), smtp: null)).SendAsync(Request(targetId, TeamsGroups.Group(TeamsGroups.Diagnosed())), CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Failed>().Permanent.ShouldBeTrue();
    }

    private static DeliveryRequest Request(string targetId, NotificationGroup group) =>
        new("oncall", targetId, NotificationKind.Firing, new NotificationThread("0123456789abcdef", 0), group);

    private static NotificationPolicy Policy(Uri teams, SmtpTestServer? smtp) => NotificationPolicy.Create(new NotificationOptions
    {
        Route = new RouteOptions { Receiver = "oncall" },
        Receivers =
        [
            new ReceiverOptions
            {
                Name = "oncall",
                Teams = [new TeamsTargetOptions { WebhookUrl = new Uri(teams, "workflows/x/triggers/manual/paths/invoke?sig=s3cret").ToString() }],
                Email = smtp is null ? [] : [smtp.Target()],
            },
        ],
    });

    private NotificationSender Sender(NotificationPolicy policy) => new(
        policy,
        new TeamsWebhookSender(_http, TimeProvider.System, NullLogger<TeamsWebhookSender>.Instance),
        new SmtpEmailSender(TimeProvider.System, NullLogger<SmtpEmailSender>.Instance),
        new TeamsCardOptions());
}
