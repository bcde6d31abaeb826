using System.Net;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Cycles;

namespace ReplOrchestrator.Local.Tests.Hosting;

/// <summary>The read endpoints' ETags through the real pipeline: a poll of something that did not change costs a 304.</summary>
public sealed class EntityTagsOverHttpTests : IAsyncLifetime
{
    private const string Vm = "/api/appliances/appl-a/vms/vm-sql01";
    private RunningHost _host = null!;

    public async Task InitializeAsync() => _host = await RunningHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Vm_ReadTwiceAsItsRpoAges_AnswersTheSameETag_And304ToIfNoneMatch()
    {
        var started = DateTimeOffset.UtcNow.AddMinutes(-2);
        var disk = new DiskProgress("disk-0", 1024, 1024);
        await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 1, DateTimeOffset.UtcNow,
            Heartbeats.Vm("vm-sql01", new CycleReport("c-1", CycleType.Delta, CyclePhase.Upload, started, [disk with { UploadedBytes = 512 }], null))));
        await _host.PostHeartbeatAsync("key-of-a-for-the-local-tests", Heartbeats.Of("appl-a", 2, DateTimeOffset.UtcNow,
            Heartbeats.Vm("vm-sql01", new CycleReport("c-1", CycleType.Delta, CyclePhase.Completed, started, [disk], null))));
        // A good cycle behind it, so the view has an RPO whose age grows between the reads.
        await _host.WaitForAsync(Vm, v => v["rpo"]?["lastSuccessfulCycleAt"] is JsonValue);

        using var first = await _host.GetAsync(Vm);
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        using var second = await _host.GetAsync(Vm);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, Vm);
        conditional.Headers.Add("x-api-key", RunningHost.ApiKey);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", first.Headers.ETag!.Tag);
        using var third = await _host.Http.SendAsync(conditional);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.Headers.ETag.ShouldBe(first.Headers.ETag);
        third.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        (await third.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }
}
