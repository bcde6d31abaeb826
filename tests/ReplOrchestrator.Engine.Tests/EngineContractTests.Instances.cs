using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using static ReplOrchestrator.TestUtilities.Durable.SampleOrchestrations;

namespace ReplOrchestrator.Engine.Tests;

/// <summary>Creating, reading, querying, waiting for and purging instances.</summary>
public abstract partial class EngineContractTests
{
    private static readonly string[] s_everyStatus = Enum.GetNames<OrchestrationRuntimeStatus>();

    [Fact]
    public async Task ScheduleNew_UnfinishedInstanceWithTheSameId_ThrowsInvalidOperation()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        await Client.StartNewAsync("Collect", "dup", null);

        var error = await Should.ThrowAsync<InvalidOperationException>(() => Client.StartNewAsync("Collect", "dup", null));

        error.Message.ShouldContain("'dup'");
    }

    [Fact]
    public async Task ScheduleNew_FinishedInstanceWithTheSameId_StartsAFreshOne()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        await Client.StartNewAsync("Hello1", "again", 1);
        await Harness.RunUntilIdleAsync();

        await Client.StartNewAsync("Hello1", "again", 2);
        (await Harness.StatusAsync("again")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Pending);
        await Harness.RunUntilIdleAsync();

        var status = await Harness.StatusAsync("again");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.SerializedInput.ShouldBe("2");
        (await Harness.Engine.GetHistoryAsync("again")).Count.ShouldBe(8);
    }

    [Fact]
    public async Task ScheduleNew_EveryStatusDeduped_CreatesOnceThenThrowsEvenWhenFinished()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        var once = new StartOrchestrationOptions("once") { DedupeStatuses = s_everyStatus };

        (await Client.ScheduleNewOrchestrationInstanceAsync("Hello1", 1, once)).ShouldBe("once");
        await Harness.RunUntilIdleAsync();
        await Should.ThrowAsync<InvalidOperationException>(() => Client.ScheduleNewOrchestrationInstanceAsync("Hello1", 2, once));
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("once")).SerializedInput.ShouldBe("1");
        Harness.Activities.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task ScheduleNew_FinishedInAStatusNotDeduped_IsReplaced()
    {
        Harness.Orchestrators.Add("Broken", Fails("no")).Add("Hello1", Sequence("Echo", 1));
        await Client.StartNewAsync("Broken", "x", null);
        await Harness.RunUntilIdleAsync();

        await Client.ScheduleNewOrchestrationInstanceAsync("Hello1", null, new StartOrchestrationOptions("x") { DedupeStatuses = ["Completed"] });
        await Harness.RunUntilIdleAsync();

        (await Harness.StatusAsync("x")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        await Should.ThrowAsync<ArgumentException>(() =>
            Client.ScheduleNewOrchestrationInstanceAsync("Hello1", null, new StartOrchestrationOptions("y") { DedupeStatuses = ["Finished"] }));
    }

    [Fact]
    public async Task ScheduleNew_NoInstanceId_MakesOneUp()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));

        var id = await Client.ScheduleNewOrchestrationInstanceAsync("Hello1");

        id.ShouldNotBeNullOrWhiteSpace();
        (await Harness.StatusAsync(id)).Name.ShouldBe("Hello1");
    }

    [Fact]
    public async Task GetInstance_ReportsTimesAndOnlyRequestedPayloads()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        var created = Harness.Time.GetUtcNow();
        await Client.StartNewAsync("Hello1", "times", "x");
        Harness.Time.Advance(TimeSpan.FromSeconds(5));
        await Harness.RunUntilIdleAsync();

        var bare = await Client.GetInstanceAsync("times");
        bare!.Name.ShouldBe("Hello1");
        bare.CreatedAt.ShouldBe(created);
        bare.LastUpdatedAt.ShouldBe(created.AddSeconds(5));
        bare.SerializedInput.ShouldBeNull();
        bare.SerializedOutput.ShouldBeNull();
        var full = await Client.GetInstanceAsync("times", getInputsAndOutputs: true);
        full!.SerializedInput.ShouldBe("\"x\"");
        full.ReadInputAs<string>().ShouldBe("x");
        (await Client.GetInstanceAsync("nobody")).ShouldBeNull();
    }

    [Fact]
    public async Task GetAllInstances_ByPrefix_PagesThroughEveryMatchInIdOrder()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        var expected = Enumerable.Range(0, 25).Select(i => $"vm:{i:D2}").ToList();
        foreach (var id in expected.AsEnumerable().Reverse().Concat(["vm", "vl:1", "vn:1", "appliance:1"]))
        {
            await Client.StartNewAsync("Collect", id, null);
        }

        var pages = new List<Page<OrchestrationMetadata>>();
        await foreach (var page in Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "vm:", PageSize = 10 }).AsPages())
        {
            pages.Add(page);
        }

        pages.SelectMany(p => p.Values).Select(i => i.InstanceId).ShouldBe(expected);
        pages.Count.ShouldBe(3);
        pages[^1].ContinuationToken.ShouldBeNull();
    }

    [Fact]
    public async Task GetAllInstances_FromAContinuationToken_GoesOnAfterThePageThatIssuedIt()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        foreach (var id in new[] { "a", "b", "c", "d", "e" })
        {
            await Client.StartNewAsync("Collect", id, null);
        }

        var first = await Client.FirstPageAsync(new OrchestrationQuery { PageSize = 2 });
        var rest = new List<string>();
        await foreach (var instance in Client.GetAllInstancesAsync(new OrchestrationQuery { PageSize = 2, ContinuationToken = first.ContinuationToken }))
        {
            rest.Add(instance.InstanceId);
        }

        first.Values.Select(i => i.InstanceId).ShouldBe(["a", "b"]);
        rest.ShouldBe(["c", "d", "e"]);
    }

    [Fact]
    public async Task GetAllInstances_ByStatus_ReturnsOnlyThoseStatuses()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1)).Add("Collect", WaitForEvents("e", 1)).Add("Broken", Fails("no"));
        await Client.StartNewAsync("Hello1", "a", null);
        await Client.StartNewAsync("Collect", "b", null);
        await Client.StartNewAsync("Broken", "c", null);
        await Harness.RunUntilIdleAsync();

        var finished = await Client.FirstPageAsync(new OrchestrationQuery
        {
            Statuses = [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed],
            FetchInputsAndOutputs = true,
        });

        finished.Values.Select(i => (i.InstanceId, i.RuntimeStatus)).ShouldBe([("a", OrchestrationRuntimeStatus.Completed), ("c", OrchestrationRuntimeStatus.Failed)]);
        finished.Values[0].SerializedOutput.ShouldBe("""["a:0"]""");
        finished.ContinuationToken.ShouldBeNull();
    }

    [Fact]
    public async Task GetAllInstances_ByCreationTime_IncludesFromAndExcludesTo()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        var start = Harness.Time.GetUtcNow();
        foreach (var id in new[] { "t0", "t1", "t2" })
        {
            await Client.StartNewAsync("Collect", id, null);
            Harness.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var page = await Client.FirstPageAsync(new OrchestrationQuery { CreatedFrom = start.AddMinutes(1), CreatedTo = start.AddMinutes(2) });

        page.Values.Select(i => i.InstanceId).ShouldBe(["t1"]);
    }

    [Fact]
    public async Task GetAllInstances_ForeignContinuationTokenOrBadPageSize_IsRefused()
    {
        await Should.ThrowAsync<ArgumentException>(() => Client.FirstPageAsync(new OrchestrationQuery { ContinuationToken = "not base64 !" }));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => Client.FirstPageAsync(new OrchestrationQuery { PageSize = 0 }));
    }

    [Fact]
    public async Task WaitForInstanceStartAndCompletion_ReturnOnceTheEpisodeThatGetsThereIsCommitted()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        await Client.StartNewAsync("Hello1", "w", "in");
        var started = Client.WaitForInstanceStartAsync("w");
        var completed = Client.WaitForInstanceCompletionAsync("w", getInputsAndOutputs: true);
        started.IsCompleted.ShouldBeFalse();

        (await Harness.Engine.ProcessNextAsync()).ShouldBeTrue();
        (await started.WaitAsync(TimeSpan.FromSeconds(10))).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);
        completed.IsCompleted.ShouldBeFalse();
        await Harness.RunUntilIdleAsync();

        var done = await completed.WaitAsync(TimeSpan.FromSeconds(10));
        done.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        done.SerializedOutput.ShouldBe("""["w:0"]""");
        await Should.ThrowAsync<InvalidOperationException>(() => Client.WaitForInstanceCompletionAsync("nobody"));
    }

    [Fact]
    public async Task PurgeInstance_Finished_RemovesItAndItsHistory()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1));
        await Client.StartNewAsync("Hello1", "old", null);
        await Harness.RunUntilIdleAsync();

        (await Client.PurgeInstanceAsync("old")).PurgedInstanceCount.ShouldBe(1);

        (await Client.GetInstanceAsync("old")).ShouldBeNull();
        (await Harness.Engine.GetHistoryAsync("old")).ShouldBeEmpty();
        (await Client.PurgeInstanceAsync("old")).PurgedInstanceCount.ShouldBe(0);
    }

    [Fact]
    public async Task PurgeInstance_Unfinished_RemovesNothing()
    {
        Harness.Orchestrators.Add("Collect", WaitForEvents("e", 1));
        await Client.StartNewAsync("Collect", "live", null);
        await Harness.RunUntilIdleAsync();

        (await Client.PurgeInstanceAsync("live")).PurgedInstanceCount.ShouldBe(0);
        (await Harness.StatusAsync("live")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);
    }

    [Fact]
    public async Task PurgeAllInstances_ByStatusAndCreationTime_RemovesOnlyMatches()
    {
        Harness.Orchestrators.Add("Hello1", Sequence("Echo", 1)).Add("Broken", Fails("no")).Add("Collect", WaitForEvents("e", 1));
        await Client.StartNewAsync("Hello1", "early-ok", null);
        await Client.StartNewAsync("Broken", "early-failed", null);
        await Client.StartNewAsync("Collect", "early-running", null);
        Harness.Time.Advance(TimeSpan.FromHours(1));
        var cutoff = Harness.Time.GetUtcNow();
        await Client.StartNewAsync("Hello1", "late-ok", null);
        await Harness.RunUntilIdleAsync();

        var removed = await Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(CreatedTo: cutoff, Statuses: [OrchestrationRuntimeStatus.Completed]));

        removed.PurgedInstanceCount.ShouldBe(1);
        (await Client.GetInstanceAsync("early-ok")).ShouldBeNull();
        (await Client.GetInstanceAsync("early-failed")).ShouldNotBeNull();
        (await Client.GetInstanceAsync("early-running")).ShouldNotBeNull();
        (await Client.GetInstanceAsync("late-ok")).ShouldNotBeNull();
        (await Client.PurgeAllInstancesAsync(new PurgeInstancesFilter())).PurgedInstanceCount.ShouldBe(2);
    }
}
