using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Hosting;

namespace ReplOrchestrator.DurableTask.Tests.Hosting;

public sealed class InProcessActivityInvokerTests
{
    private readonly InProcessActivityInvoker _invoker = new(new DurableTaskRegistry()
        .AddActivity<Endpoint, string>("ProbeTcp", (context, endpoint) => Task.FromResult($"{context.InstanceId}#{context.TaskScheduledId} {endpoint.Host}:{endpoint.Port} open"))
        .AddActivity<string, string>("Fails", (_, _) => throw new TimeoutException("no answer from esx01:902"))
        .AddActivity<string?, string>("Waits", async (context, _) =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        }));

    [Fact]
    public async Task InvokeAsync_ActivitySucceeds_ReturnsItsOutputAsJson()
    {
        var result = await _invoker.InvokeAsync(new ActivityInvocation("probetcp", "diagnosis:1", 3, """{"host":"esx01","port":902}"""), CancellationToken.None);

        result.IsFailure.ShouldBeFalse();
        result.SerializedOutput.ShouldBe("\"diagnosis:1#3 esx01:902 open\"");
    }

    [Fact]
    public async Task InvokeAsync_ActivityThrows_ReturnsARetriableFailureWithDetails()
    {
        var result = await _invoker.InvokeAsync(new ActivityInvocation("Fails", "i", 0, "\"x\""), CancellationToken.None);

        result.Failure!.ErrorType.ShouldBe("System.TimeoutException");
        result.Failure.ErrorMessage.ShouldBe("no answer from esx01:902");
        result.Failure.StackTrace.ShouldNotBeNullOrEmpty();
        result.Failure.IsNonRetriable.ShouldBeFalse();
    }

    [Fact]
    public async Task InvokeAsync_UnknownName_ReturnsANonRetriableFailure()
    {
        var result = await _invoker.InvokeAsync(new ActivityInvocation("Nobody", "i", 0, null), CancellationToken.None);

        result.Failure!.ErrorType.ShouldBe(typeof(TaskNotRegisteredException).FullName);
        result.Failure.IsNonRetriable.ShouldBeTrue();
        _invoker.IsRegistered("Nobody").ShouldBeFalse();
        _invoker.IsRegistered("PROBETCP").ShouldBeTrue();
    }

    [Fact]
    public async Task InvokeAsync_InputOfTheWrongShape_ReturnsAFailure()
    {
        var result = await _invoker.InvokeAsync(new ActivityInvocation("ProbeTcp", "i", 0, "[1,2]"), CancellationToken.None);

        result.Failure!.ErrorType.ShouldBe("System.Text.Json.JsonException");
    }

    [Fact]
    public async Task InvokeAsync_HostStopping_ThrowsSoTheWorkItemIsRetried()
    {
        using var stopping = new CancellationTokenSource();
        var invocation = _invoker.InvokeAsync(new ActivityInvocation("Waits", "i", 0, null), stopping.Token);
        await stopping.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(async () => await invocation);
    }

    private sealed record Endpoint(string Host, int Port);
}
