using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Tests.Support;

namespace ReplOrchestrator.DurableTask.Tests.Hosting;

public sealed class InProcessOrchestrationInvokerTests
{
    private readonly InProcessOrchestrationInvoker _invoker = new(new DurableTaskRegistry()
        .AddOrchestrator<string, string>("Hello", (context, name) => context.CallActivityAsync<string>("SayHello", name)));

    [Fact]
    public async Task InvokeAsync_RegisteredOrchestrator_AnswersItsActions()
    {
        var response = await _invoker.InvokeAsync("hello", HistoryBuilder.Start("Hello", "Tokyo").Build(), CancellationToken.None);

        response.Actions.ShouldHaveSingleItem().ScheduleTask.Name.ShouldBe("SayHello");
        _invoker.IsRegistered("HELLO").ShouldBeTrue();
    }

    [Fact]
    public async Task InvokeAsync_UnknownOrchestrator_AnswersAFailedCompletionInsteadOfThrowing()
    {
        var response = await _invoker.InvokeAsync("Goodbye", HistoryBuilder.Start("Goodbye").Build(), CancellationToken.None);

        response.Failure().ErrorType.ShouldBe(typeof(TaskNotRegisteredException).FullName);
        _invoker.IsRegistered("Goodbye").ShouldBeFalse();
    }
}
