using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.DurableTask.Tests.Replay.Properties;

/// <summary>
/// One statement of a small orchestration language. A program is a list of steps run in order;
/// each step returns a line of the program's output, so any divergence on replay shows in it.
/// </summary>
public abstract record Step
{
    /// <summary>The external event this step may wait for; the simulated engine raises one for each.</summary>
    public virtual string? AwaitedEvent => null;

    public abstract Task<string> RunAsync(OrchestrationContext context, int index);
}

public sealed record ActivityStep(string Name, int Input) : Step
{
    public override async Task<string> RunAsync(OrchestrationContext context, int index) =>
        $"{Name}={await context.CallActivityAsync<int>(Name, Input)}";
}

public sealed record FailingActivityStep : Step
{
    public override async Task<string> RunAsync(OrchestrationContext context, int index)
    {
        try
        {
            await context.CallActivityAsync(SimulatedEngine.AlwaysFails, index);
            return "unexpected success";
        }
        catch (TaskFailedException e)
        {
            return $"failed #{e.TaskId}";
        }
    }
}

public sealed record RetryStep : Step
{
    public override async Task<string> RunAsync(OrchestrationContext context, int index)
    {
        try
        {
            return $"flaky={await context.CallActivityAsync<int>(SimulatedEngine.SometimesFails, index, new RetryPolicy(3, TimeSpan.FromSeconds(5)))}";
        }
        catch (TaskFailedException)
        {
            return "gave up";
        }
    }
}

public sealed record TimerStep(int Minutes) : Step
{
    public override async Task<string> RunAsync(OrchestrationContext context, int index)
    {
        await context.CreateTimer(TimeSpan.FromMinutes(Minutes));
        return "timer";
    }
}

public sealed record WaitStep(string Event) : Step
{
    public override string AwaitedEvent => Event;

    public override async Task<string> RunAsync(OrchestrationContext context, int index) =>
        $"{Event}:{await context.WaitForExternalEvent<int>(Event)}";
}

public sealed record RaceStep(string Event, int Minutes) : Step
{
    public override string AwaitedEvent => Event;

    public override async Task<string> RunAsync(OrchestrationContext context, int index)
    {
        using var stopWaiting = new CancellationTokenSource();
        using var stopTimer = new CancellationTokenSource();
        var arrival = context.WaitForExternalEvent<int>(Event, stopWaiting.Token);
        var deadline = context.CreateTimer(TimeSpan.FromMinutes(Minutes), stopTimer.Token);
        if (await Task.WhenAny(arrival, deadline) == arrival)
        {
            stopTimer.Cancel();
            return $"race won by {Event}:{await arrival}";
        }

        stopWaiting.Cancel();
        return "race won by timer";
    }
}

public sealed record TimeoutStep(string Event, int Minutes) : Step
{
    public override string AwaitedEvent => Event;

    public override async Task<string> RunAsync(OrchestrationContext context, int index)
    {
        try
        {
            return $"{Event}:{await context.WaitForExternalEvent<int>(Event, TimeSpan.FromMinutes(Minutes))}";
        }
        catch (TimeoutException)
        {
            return "timed out";
        }
    }
}

public sealed record FanOutStep(int Count) : Step
{
    public override async Task<string> RunAsync(OrchestrationContext context, int index)
    {
        var branches = Enumerable.Range(0, Count).Select(branch => context.CallActivityAsync<int>("Fan", (index * 10) + branch));
        return $"fan sum={(await Task.WhenAll(branches)).Sum()}";
    }
}

public sealed record FirstOfStep(int Input) : Step
{
    public override async Task<string> RunAsync(OrchestrationContext context, int index)
    {
        var first = await Task.WhenAny(context.CallActivityAsync<int>("Left", Input), context.CallActivityAsync<int>("Right", Input));
        return $"first={await first}";
    }
}

public sealed record SubOrchestrationStep : Step
{
    public override async Task<string> RunAsync(OrchestrationContext context, int index) =>
        $"child={await context.CallSubOrchestratorAsync<int>("Child", index)}";
}

public sealed record SendStep(string Event) : Step
{
    public override Task<string> RunAsync(OrchestrationContext context, int index)
    {
        context.SendEvent("peer", Event, index);
        return Task.FromResult("sent");
    }
}

public sealed record StatusStep(int Value) : Step
{
    public override Task<string> RunAsync(OrchestrationContext context, int index)
    {
        context.SetCustomStatus(new { index, Value });
        return Task.FromResult("status");
    }
}

public sealed record GuidStep : Step
{
    public override Task<string> RunAsync(OrchestrationContext context, int index) =>
        Task.FromResult(context.NewGuid().ToString());
}
