using System.Net;
using System.Net.Http.Headers;
using ReplOrchestrator.Api.Notifications;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;

namespace ReplOrchestrator.Api.Tests.Notifications;

public sealed class TeamsWebhookAnswersTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(200, "delivered")]
    [InlineData(202, "delivered")]
    [InlineData(204, "delivered")]
    [InlineData(408, "transient")]
    [InlineData(429, "transient")]
    [InlineData(500, "transient")]
    [InlineData(502, "transient")]
    [InlineData(503, "transient")]
    [InlineData(504, "transient")]
    [InlineData(400, "permanent")]
    [InlineData(401, "permanent")]
    [InlineData(403, "permanent")]
    [InlineData(404, "permanent")]
    [InlineData(413, "permanent")]
    [InlineData(302, "permanent")]
    public void Classify_StatusWithoutRetryAfter_IsDeliveredRetriedOrAConfigurationError(int status, string expected) =>
        (TeamsWebhookAnswers.Classify((HttpStatusCode)status, null, s_now) switch
        {
            DeliveryResult.Delivered => "delivered",
            DeliveryResult.Failed { Permanent: true } => "permanent",
            DeliveryResult.Failed => "transient",
            var other => other.ToString(),
        }).ShouldBe(expected);

    [Fact]
    public void Classify_429WithSeconds_WaitsThatLong() =>
        TeamsWebhookAnswers.Classify(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(TimeSpan.FromSeconds(17)), s_now)
            .ShouldBe(new DeliveryResult.RetryAfter(TimeSpan.FromSeconds(17)));

    [Fact]
    public void Classify_503WithHttpDate_WaitsUntilThen() =>
        TeamsWebhookAnswers.Classify(HttpStatusCode.ServiceUnavailable, new RetryConditionHeaderValue(s_now.AddMinutes(2)), s_now)
            .ShouldBe(new DeliveryResult.RetryAfter(TimeSpan.FromMinutes(2)));

    [Fact]
    public void Classify_RetryAfterDateInThePast_RetriesAtOnce() =>
        TeamsWebhookAnswers.Classify(HttpStatusCode.TooManyRequests, new RetryConditionHeaderValue(s_now.AddMinutes(-2)), s_now)
            .ShouldBe(new DeliveryResult.RetryAfter(TimeSpan.Zero));

    [Fact]
    public void Classify_400WithRetryAfter_StaysAConfigurationError() =>
        TeamsWebhookAnswers.Classify(HttpStatusCode.BadRequest, new RetryConditionHeaderValue(TimeSpan.FromSeconds(5)), s_now)
            .ShouldBeOfType<DeliveryResult.Failed>().Permanent.ShouldBeTrue();
}
