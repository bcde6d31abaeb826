using ReplOrchestrator.DurableTask.Abstractions;
using static ReplOrchestrator.TestUtilities.Durable.SampleOrchestrations;

namespace ReplOrchestrator.Engine.Tests;

/// <summary>Creating, reading, querying and purging instances.</summary>
public abstract partial class EngineContractTests
{
    [Fact]
    public async Task StartNew_UnfinishedInstanceWithTheSameId_ThrowsAlreadyExists()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        await Client.StartNewAsync("Collect", "dup", null);

        await Should.ThrowAsync<InstanceAlreadyExistsException>(() => Client.StartNewAsync("Collect", "dup", null));
    }

    [Fact]
    public async Task StartNew_FinishedInstanceWithTheSameId_StartsAFreshOne()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        await Client.StartNewAsync("Hello1", "again", "1");
        await Harness.RunUntilIdleAsync();

        await Client.StartNewAsync("Hello1", "again", "2");
        (await Harness.StatusAsync("again")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Pending);
        await Harness.RunUntilIdleAsync();

        var status = await Harness.StatusAsync("again");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.SerializedInput.ShouldBe("2");
        (await Harness.Engine.GetHistoryAsync("again")).Count.ShouldBe(8);
    }

    [Fact]
    public async Task StartIfAbsent_CalledTwice_CreatesOnce()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));

        (await Client.StartIfAbsentAsync("Hello1", "once", "1")).ShouldBeTrue();
        await Harness.RunUntilIdleAsync();
        (await Client.StartIfAbsentAsync("Hello1", "once", "2")).ShouldBeFalse();
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("once")).SerializedInput.ShouldBe("1");
        Harness.Activities.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task GetInstance_ReportsTimesAndOnlyRequestedPayloads()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        var created = Harness.Time.GetUtcNow();
        await Client.StartNewAsync("Hello1", "times", "\"x\"");
        Harness.Time.Advance(TimeSpan.FromSeconds(5));
        await Harness.RunUntilIdleAsync();

        var bare = await Client.GetInstanceAsync("times");
        bare!.Name.ShouldBe("Hello1");
        bare.CreatedAt.ShouldBe(created);
        bare.LastUpdatedAt.ShouldBe(created.AddSeconds(5));
        bare.SerializedInput.ShouldBeNull();
        bare.SerializedOutput.ShouldBeNull();
        (await Client.GetInstanceAsync("times", getInputsAndOutputs: true))!.SerializedInput.ShouldBe("\"x\"");
        (await Client.GetInstanceAsync("nobody")).ShouldBeNull();
    }

    [Fact]
    public async Task QueryInstances_ByPrefix_PagesThroughEveryMatchInIdOrder()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        var expected = Enumerable.Range(0, 25).Select(i => $"vm:{i:D2}").ToList();
        foreach (var id in expected.AsEnumerable().Reverse().Concat(["vm", "vl:1", "vn:1", "appliance:1"]))
        {
            await Client.StartNewAsync("Collect", id, null);
        }

        var seen = new List<string>();
        var pages = 0;
        string? token = null;
        do
        {
            var page = await Client.QueryInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "vm:", PageSize = 10, ContinuationToken = token });
            seen.AddRange(page.Instances.Select(i => i.InstanceId));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        seen.ShouldBe(expected);
        pages.ShouldBe(3);
    }

    [Fact]
    public async Task QueryInstances_ByStatus_ReturnsOnlyThoseStatuses()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1)).Add("Collect", WaitForEvents("e", 1)).Add("Broken", Fails("no"));
        await Client.StartNewAsync("Hello1", "a", null);
        await Client.StartNewAsync("Collect", "b", null);
        await Client.StartNewAsync("Broken", "c", null);
        await Harness.RunUntilIdleAsync();

        var finished = await Client.QueryInstancesAsync(new OrchestrationQuery
        {
            RuntimeStatuses = [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed],
            FetchInputsAndOutputs = true,
        });

        finished.Instances.Select(i => (i.InstanceId, i.RuntimeStatus)).ShouldBe([("a", OrchestrationRuntimeStatus.Completed), ("c", OrchestrationRuntimeStatus.Failed)]);
        finished.Instances[0].SerializedOutput.ShouldBe("""["a:0"]""");
        finished.ContinuationToken.ShouldBeNull();
    }

    [Fact]
    public async Task QueryInstances_ByCreationTime_IncludesFromAndExcludesTo()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        var start = Harness.Time.GetUtcNow();
        foreach (var id in new[] { "t0", "t1", "t2" })
        {
            await Client.StartNewAsync("Collect", id, null);
            Harness.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var page = await Client.QueryInstancesAsync(new OrchestrationQuery { CreatedFrom = start.AddMinutes(1), CreatedTo = start.AddMinutes(2) });

        page.Instances.Select(i => i.InstanceId).ShouldBe(["t1"]);
    }

    [Fact]
    public async Task QueryInstances_ForeignContinuationToken_IsRefused()
    {
        await Should.ThrowAsync<ArgumentException>(() => Client.QueryInstancesAsync(new OrchestrationQuery { ContinuationToken = "not base64 !" }));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => Client.QueryInstancesAsync(new OrchestrationQuery { PageSize = 0 }));
    }

    [Fact]
    public async Task PurgeInstance_Finished_RemovesItAndItsHistory()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        await Client.StartNewAsync("Hello1", "old", null);
        await Harness.RunUntilIdleAsync();

        (await Client.PurgeInstanceAsync("old")).ShouldBe(1);

        (await Client.GetInstanceAsync("old")).ShouldBeNull();
        (await Harness.Engine.GetHistoryAsync("old")).ShouldBeEmpty();
        (await Client.PurgeInstanceAsync("old")).ShouldBe(0);
    }

    [Fact]
    public async Task PurgeInstance_Unfinished_RemovesNothing()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        await Client.StartNewAsync("Collect", "live", null);
        await Harness.RunUntilIdleAsync();

        (await Client.PurgeInstanceAsync("live")).ShouldBe(0);
        (await Harness.StatusAsync("live")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);
    }

    [Fact]
    public async Task PurgeInstances_ByStatusAndCreationTime_RemovesOnlyMatches()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1)).Add("Broken", Fails("no")).Add("Collect", WaitForEvents("e", 1));
        await Client.StartNewAsync("Hello1", "early-ok", null);
        await Client.StartNewAsync("Broken", "early-failed", null);
        await Client.StartNewAsync("Collect", "early-running", null);
        Harness.Time.Advance(TimeSpan.FromHours(1));
        var cutoff = Harness.Time.GetUtcNow();
        await Client.StartNewAsync("Hello1", "late-ok", null);
        await Harness.RunUntilIdleAsync();

        var removed = await Client.PurgeInstancesAsync(new PurgeFilter { CreatedTo = cutoff, RuntimeStatuses = [OrchestrationRuntimeStatus.Completed] });

        removed.ShouldBe(1);
        (await Client.GetInstanceAsync("early-ok")).ShouldBeNull();
        (await Client.GetInstanceAsync("early-failed")).ShouldNotBeNull();
        (await Client.GetInstanceAsync("early-running")).ShouldNotBeNull();
        (await Client.GetInstanceAsync("late-ok")).ShouldNotBeNull();
        (await Client.PurgeInstancesAsync(new PurgeFilter())).ShouldBe(2);
    }
}
