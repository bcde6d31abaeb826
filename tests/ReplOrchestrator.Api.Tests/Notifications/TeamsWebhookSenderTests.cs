using System.Net;
using System.Net.Sockets;
using System.Text;
using ReplOrchestrator.Api.Notifications;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;
using ReplOrchestrator.TestUtilities;

namespace ReplOrchestrator.Api.Tests.Notifications;

public sealed class TeamsWebhookSenderTests : IDisposable
{
    private const string Signature = "S3cr3tSignatureValue";
    private const string FlowPath = "workflows/0a1b2c/triggers/manual/paths/invoke";
    private static readonly DateTimeOffset s_now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);
    private static readonly byte[] s_payload = Encoding.UTF8.GetBytes(
        """{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.4","body":[{"type":"TextBlock","text":"Plattenübertragung hängt — …and 3 more"}]}}]}""");

    private readonly HttpClient _http = new();
    private readonly RecordingLogger<TeamsWebhookSender> _log = new();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task SendAsync_Accepted_PostsThePayloadByteForByteAndIsDelivered()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(202));

        var result = await Sender().SendAsync(Target(server), s_payload, CancellationToken.None);

        result.ShouldBe(new DeliveryResult.Delivered());
        var request = server.Requests.ShouldHaveSingleItem();
        request.Method.ShouldBe("POST");
        request.Path.ShouldBe("/" + FlowPath);
        request.QueryValue("sig").ShouldBe(Signature);
        request.Headers["Content-Type"].ShouldBe("application/json; charset=utf-8");
        Encoding.UTF8.GetBytes(request.Body).ShouldBe(s_payload);
        NothingSecretLeaked(result);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterSeconds_RetriesAfterThatDelay()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(429) { Headers = new Dictionary<string, string> { ["Retry-After"] = "42" } });

        var result = await Sender().SendAsync(Target(server), s_payload, CancellationToken.None);

        result.ShouldBe(new DeliveryResult.RetryAfter(TimeSpan.FromSeconds(42)));
        NothingSecretLeaked(result);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterDate_RetriesAtThatTime()
    {
        var at = s_now.AddSeconds(90).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(429) { Headers = new Dictionary<string, string> { ["Retry-After"] = at } });

        var result = await Sender().SendAsync(Target(server), s_payload, CancellationToken.None);

        result.ShouldBe(new DeliveryResult.RetryAfter(TimeSpan.FromSeconds(90)));
    }

    [Fact]
    public async Task SendAsync_500_FailsForARetryWithBackoff()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(500, """{"error":"boom"}"""));

        var result = await Sender().SendAsync(Target(server), s_payload, CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Failed>().Permanent.ShouldBeFalse();
        server.Requests.Count.ShouldBe(1); // no retry inside the sender
        NothingSecretLeaked(result);
    }

    [Fact]
    public async Task SendAsync_400_IsAConfigurationErrorNotRetried()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ => new CannedResponse(400, """{"error":"The workflow is disabled"}"""));

        var result = await Sender().SendAsync(Target(server), s_payload, CancellationToken.None);

        var failed = result.ShouldBeOfType<DeliveryResult.Failed>();
        failed.Permanent.ShouldBeTrue();
        failed.Reason.ShouldContain("HTTP 400");
        _log.Entries.ShouldContain(e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        NothingSecretLeaked(result);
    }

    [Fact]
    public async Task SendAsync_NobodyListening_FailsForARetry()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var target = new TeamsTargetOptions { WebhookUrl = $"http://127.0.0.1:{port}/{FlowPath}?sig={Signature}" };

        var result = await Sender().SendAsync(target, s_payload, CancellationToken.None);

        var failed = result.ShouldBeOfType<DeliveryResult.Failed>();
        failed.Permanent.ShouldBeFalse();
        failed.Reason.ShouldContain("ConnectionRefused");
        NothingSecretLeaked(result);
    }

    [Fact]
    public async Task SendAsync_NoAnswerInTime_FailsForARetry()
    {
        await using var server = await LoopbackHttpServer.StartAsync(_ =>
        {
            Thread.Sleep(TimeSpan.FromSeconds(2));
            return new CannedResponse(202);
        });

        var result = await Sender(TimeSpan.FromMilliseconds(200)).SendAsync(Target(server), s_payload, CancellationToken.None);

        var failed = result.ShouldBeOfType<DeliveryResult.Failed>();
        failed.Permanent.ShouldBeFalse();
        failed.Reason.ShouldContain("did not answer within 0.2 s");
    }

    [Fact]
    public async Task SendAsync_NotAUrl_IsAConfigurationErrorWithoutTheValue()
    {
        var result = await Sender().SendAsync(new TeamsTargetOptions { WebhookUrl = "sig=" + Signature }, s_payload, CancellationToken.None);

        result.ShouldBeOfType<DeliveryResult.Failed>().Permanent.ShouldBeTrue();
        NothingSecretLeaked(result);
    }

    private TeamsWebhookSender Sender(TimeSpan? timeout = null) =>
        new(_http, new ManualTimeProvider(s_now), _log) { Timeout = timeout ?? TimeSpan.FromSeconds(10) };

    private static TeamsTargetOptions Target(LoopbackHttpServer server) =>
        new() { WebhookUrl = $"{server.BaseAddress}{FlowPath}?api-version=2016-06-01&sig={Signature}" };

    private void NothingSecretLeaked(DeliveryResult result)
    {
        _log.Entries.ShouldNotBeEmpty();
        foreach (var text in _log.Entries.Select(e => e.Message).Append(result.ToString()))
        {
            text.ShouldNotContain(Signature);
            text.ShouldNotContain(FlowPath);
        }
    }
}
