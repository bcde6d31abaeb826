using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using ReplOrchestrator.Api.Alerts;
using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Api.Tests.Alerts;

/// <summary>Paging through alerts: newest first, a bounded page, and a cursor that survives alerts raised meanwhile.</summary>
public sealed class AlertPagesTests
{
    private static readonly DateTimeOffset s_t0 = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Cut_PageByPage_ListsEveryAlertOnceNewestFirst()
    {
        var alerts = Enumerable.Range(0, 7).Select(i => Alert($"a-{i}", s_t0.AddMinutes(i % 4))).ToList();
        var seen = new List<string>();
        AlertCursor? after = null;
        var pages = 0;
        do
        {
            (var page, after) = AlertPages.Cut(alerts, Query(limit: 3, after: after));
            seen.AddRange(page.Select(a => a.Id));
            pages++;
        }
        while (after is not null);

        pages.ShouldBe(3);
        seen.ShouldBe(["a-3", "a-2", "a-6", "a-1", "a-5", "a-0", "a-4"]);
    }

    [Fact]
    public void Cut_AlertRaisedBetweenPages_NeitherRepeatsNorPushesAnotherOff()
    {
        var alerts = Enumerable.Range(0, 4).Select(i => Alert($"a-{i}", s_t0.AddMinutes(i))).ToList();
        var (first, after) = AlertPages.Cut(alerts, Query(limit: 2));

        alerts.Add(Alert("a-new", s_t0.AddMinutes(10)));
        var (second, last) = AlertPages.Cut(alerts, Query(limit: 2, after: after));

        first.Select(a => a.Id).Concat(second.Select(a => a.Id)).ShouldBe(["a-3", "a-2", "a-1", "a-0"]);
        last.ShouldBeNull();
    }

    [Fact]
    public void Cut_StatusAndKey_Filter()
    {
        Alert[] alerts = [Alert("a-1", s_t0), Alert("a-2", s_t0, AlertStatus.Resolved), Alert("a-3", s_t0, key: "appl-b/vm-1/DiskUploadTimedOut")];

        AlertPages.Cut(alerts, Query() with { Status = AlertStatus.Resolved }).Alerts.Select(a => a.Id).ShouldBe(["a-2"]);
        AlertPages.Cut(alerts, Query() with { DedupKey = "appl-b/vm-1/DiskUploadTimedOut" }).Alerts.Select(a => a.Id).ShouldBe(["a-3"]);
    }

    [Fact]
    public void Cursor_RoundTrips()
    {
        var cursor = new AlertCursor(s_t0.AddTicks(7), "0193f2c4-77aa-8bcd-9e0f-1234567890ab");

        AlertCursor.TryDecode(cursor.Encode(), out var read).ShouldBeTrue();

        read.ShouldBe(cursor);
    }

    [Theory]
    [InlineData("limit", "0")]
    [InlineData("limit", "501")]
    [InlineData("limit", "ten")]
    [InlineData("after", "not a cursor")]
    [InlineData("after", "MTIz")] // "123": no id
    [InlineData("history", "maybe")]
    [InlineData("status", "smouldering")]
    public void TryRead_BadValue_AnswersAProblemNamingTheParameter(string name, string value)
    {
        var problem = AlertQuery.TryRead(new QueryCollection(new Dictionary<string, StringValues> { [name] = value }), out _);

        problem.ShouldNotBeNull().ShouldBeAssignableTo<IStatusCodeHttpResult>()!.StatusCode.ShouldBe(StatusCodes.Status400BadRequest);
    }

    [Fact]
    public void TryRead_Nothing_IsTheFirstPageOfTheCurrentEpisodes()
    {
        AlertQuery.TryRead(new QueryCollection(), out var query).ShouldBeNull();

        query.ShouldBe(new AlertQuery(null, false, null, AlertQuery.DefaultLimit, null));
    }

    private static AlertQuery Query(int limit = AlertQuery.DefaultLimit, AlertCursor? after = null) => new(null, false, null, limit, after);

    private static Alert Alert(string id, DateTimeOffset lastSeen, AlertStatus status = AlertStatus.Firing, string key = "appl-a/vm-1/DiskUploadTimedOut") =>
        new(Domain.Alerts.Alert.SchemaV1, id, key, status, AlertSeverity.Critical, "DiskUploadTimedOut", 1011,
            "appl-a", "vm-1", null, "Disk upload timed out", "disk-0 stalled", [], [], [], lastSeen, lastSeen, 1, []);
}
