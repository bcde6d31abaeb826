using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Protobuf;
using Microsoft.DurableTask.Worker;
using ReplOrchestrator.TestUtilities.Durable;

namespace ReplOrchestrator.Engine.Tests.Sdk;

/// <summary>
/// Microsoft's SDK orchestrators and activities on the engine, registered and configured the way hosts
/// do it (<c>AddDurableTaskWorker(…).UseEmbeddedEngine(…)</c>), driven on a manual clock.
/// </summary>
public sealed class SdkOnEngineTests : IAsyncLifetime
{
    // Case-sensitive camelCase: a payload serialized or read with the SDK's default converter
    // (PascalCase) would show in the raw JSON and would not read back.
    private static readonly DataConverter s_camelCase = new JsonDataConverter(new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase });
    private int _flakyAttempts;
    private SdkEngineHost _host = null!;

    public Task InitializeAsync()
    {
        _host = SdkEngineHost.Create(worker => worker
            .AddTasks(tasks => tasks
                .AddActivityFunc<Order, Receipt>("Price", (_, order) => new Receipt(order.OrderId, order.Quantity * 10))
                .AddActivityFunc<string, string>("Flaky", (_, text) =>
                    Interlocked.Increment(ref _flakyAttempts) < 3 ? throw new InvalidOperationException("probe port closed") : text.ToUpperInvariant())
                .AddActivityFunc("Fail", new Func<TaskActivityContext, string, string>((_, message) => throw new InvalidOperationException(message)))
                .AddOrchestrator<CheckoutOrchestrator>("Checkout")
                .AddOrchestratorFunc<string, string>("Retrying", (context, text) =>
                    context.CallActivityAsync<string>("Flaky", text, TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(10), backoffCoefficient: 2))))
                .AddOrchestratorFunc<string>("CatchFailure", async context =>
                {
                    try
                    {
                        await context.CallActivityAsync<string>("Fail", "disk is on fire");
                        return "no failure";
                    }
                    catch (TaskFailedException e)
                    {
                        return $"{e.FailureDetails.ErrorType}: {e.FailureDetails.ErrorMessage}";
                    }
                })
                .AddOrchestratorFunc<Order, int>("Parent", async (context, order) =>
                {
                    var receipts = await context.CallSubOrchestratorAsync<Receipt[]>("Checkout", order, new SubOrchestrationOptions { InstanceId = $"{context.InstanceId}:child" });
                    return receipts.Sum(r => r.Total);
                })
                .AddOrchestratorFunc<DateTime>("Nap", async context =>
                {
                    await context.CreateTimer(TimeSpan.FromHours(2), CancellationToken.None);
                    return context.CurrentUtcDateTime;
                })
                .AddOrchestratorFunc<int, int>("Generations", (context, generation) =>
                {
                    if (generation < 5)
                    {
                        context.ContinueAsNew(generation + 1);
                    }

                    return generation;
                }))
            .Configure(options => options.DataConverter = s_camelCase));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Sequence_ConverterSetOnTheWorkerBuilder_SerializesEveryPayloadOnEverySide()
    {
        await _host.Client.StartNewAsync("Checkout", "order-1", new Order("o-1", 2));

        await _host.RunUntilIdleAsync();

        var status = await _host.StatusAsync("order-1");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        var history = await _host.Engine.GetHistoryAsync("order-1");
        history.Single(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionStarted).ExecutionStarted.Input
            .ShouldBe("""{"orderId":"o-1","quantity":2}""", "the client serializes the input");
        history.Where(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskScheduled).Select(e => e.TaskScheduled.Input)
            .ShouldBe(["""[{"orderId":"o-1","quantity":2}]""", """[{"orderId":"o-1","quantity":3}]"""], "the orchestration serializes activity inputs");
        history.Where(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.TaskCompleted).Select(e => e.TaskCompleted.Result)
            .ShouldBe(["""{"orderId":"o-1","total":20}""", """{"orderId":"o-1","total":30}"""], "the activity reads its input and serializes its output");
        status.SerializedOutput.ShouldBe("""[{"orderId":"o-1","total":20},{"orderId":"o-1","total":30}]""");
        status.SerializedCustomStatus.ShouldBe("""{"step":2}""");
        status.ReadOutputAs<Receipt[]>().ShouldBe([new Receipt("o-1", 20), new Receipt("o-1", 30)]);
        status.ReadCustomStatusAs<Progress>().ShouldBe(new Progress(2));
    }

    [Fact]
    public async Task Retry_ActivityFailsTwice_RunsAgainAfterEachBackOffAndSucceeds()
    {
        await _host.Client.StartNewAsync("Retrying", "retry", "ok");
        await _host.RunUntilIdleAsync();
        _flakyAttempts.ShouldBe(1);

        await _host.AdvanceAsync(TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(1));
        _flakyAttempts.ShouldBe(1);
        await _host.AdvanceAsync(TimeSpan.FromTicks(1));
        _flakyAttempts.ShouldBe(2);

        // The second wait is doubled (backoffCoefficient 2).
        await _host.AdvanceAsync(TimeSpan.FromSeconds(20) - TimeSpan.FromTicks(1));
        _flakyAttempts.ShouldBe(2);
        await _host.AdvanceAsync(TimeSpan.FromTicks(1));

        _flakyAttempts.ShouldBe(3);
        var status = await _host.StatusAsync("retry");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.ReadOutputAs<string>().ShouldBe("OK");
    }

    [Fact]
    public async Task CatchFailure_ActivityThrows_OrchestratorSeesTheExceptionTypeAndMessage()
    {
        await _host.Client.StartNewAsync("CatchFailure", "catch");

        await _host.RunUntilIdleAsync();

        (await _host.StatusAsync("catch")).ReadOutputAs<string>().ShouldBe("System.InvalidOperationException: disk is on fire");
    }

    [Fact]
    public async Task SubOrchestration_WithExplicitId_ParentGetsTheChildsResult()
    {
        await _host.Client.StartNewAsync("Parent", "parent", new Order("o-2", 1));

        await _host.RunUntilIdleAsync();

        (await _host.StatusAsync("parent")).ReadOutputAs<int>().ShouldBe(30);
        var child = await _host.StatusAsync("parent:child");
        child.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        child.SerializedInput.ShouldBe("""{"orderId":"o-2","quantity":1}""");
    }

    [Fact]
    public async Task Timer_FiresWhenTheClockReachesItAndNotBefore()
    {
        var start = _host.Time.GetUtcNow();
        await _host.Client.StartNewAsync("Nap", "nap");
        await _host.RunUntilIdleAsync();

        await _host.AdvanceAsync(TimeSpan.FromHours(2) - TimeSpan.FromTicks(1));
        (await _host.StatusAsync("nap")).RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Running);
        await _host.AdvanceAsync(TimeSpan.FromTicks(1));

        var status = await _host.StatusAsync("nap");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.ReadOutputAs<DateTime>().ShouldBe(start.AddHours(2).UtcDateTime);
    }

    [Fact]
    public async Task ContinueAsNew_FiveTimes_EndsWithTheLastGenerationsInputAndOneExecutionInHistory()
    {
        await _host.Client.StartNewAsync("Generations", "gen", 0);

        await _host.RunUntilIdleAsync();

        var status = await _host.StatusAsync("gen");
        status.RuntimeStatus.ShouldBe(OrchestrationRuntimeStatus.Completed);
        status.ReadOutputAs<int>().ShouldBe(5);
        status.SerializedInput.ShouldBe("5");
        (await _host.Engine.GetHistoryAsync("gen")).Count(e => e.EventTypeCase == HistoryEvent.EventTypeOneofCase.ExecutionStarted).ShouldBe(1);
    }

    private sealed record Order(string OrderId, int Quantity);

    private sealed record Receipt(string OrderId, int Total);

    private sealed record Progress(int Step);

    // A class-based orchestrator, as the workflows write them.
    private sealed class CheckoutOrchestrator : TaskOrchestrator<Order, Receipt[]>
    {
        public override async Task<Receipt[]> RunAsync(TaskOrchestrationContext context, Order input)
        {
            var first = await context.CallActivityAsync<Receipt>("Price", input);
            context.SetCustomStatus(new Progress(1));
            var second = await context.CallActivityAsync<Receipt>("Price", input with { Quantity = input.Quantity + 1 });
            context.SetCustomStatus(new Progress(2));
            return [first, second];
        }
    }
}
