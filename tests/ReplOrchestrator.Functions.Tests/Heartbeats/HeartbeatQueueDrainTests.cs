using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Security;
using ReplOrchestrator.Functions.Heartbeats;
using ReplOrchestrator.Functions.Tests.Support;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Functions.Tests.Heartbeats;

/// <summary>
/// The timer function drains the <c>heartbeats</c> queue through the intake the HTTP path uses: a message is
/// completed once taken, dead-lettered with the reason when it can never be taken, abandoned when storing fails.
/// </summary>
public sealed class HeartbeatQueueDrainTests : IAsyncLifetime
{
    private FunctionHub _hub = null!;

    private RecordingReceiver Queue => _hub.App.Receiver;

    public Task InitializeAsync()
    {
        _hub = FunctionHub.Create();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task RunAsync_ValidHeartbeat_IsTakenThenCompleted()
    {
        var message = Message(HeartbeatDocuments.Json(TestSettings.ApplianceId, 1, Now), TestSettings.ApplianceKey);
        Queue.Enqueue(message);

        await RunFunctionAsync();

        Queue.Completed.ShouldBe([message]);
        Queue.DeadLettered.ShouldBeEmpty();
        (await _hub.Client.GetInstanceAsync(InstanceIds.Appliance(TestSettings.ApplianceId))).ShouldNotBeNull();
    }

    [Fact]
    public async Task DrainAsync_RepeatedSequence_IsCompletedAsARepeat()
    {
        Queue.Enqueue(
            Message(HeartbeatDocuments.Json(TestSettings.ApplianceId, 1, Now), TestSettings.ApplianceKey),
            Message(HeartbeatDocuments.Json(TestSettings.ApplianceId, 1, Now), TestSettings.ApplianceKey));

        var tally = await Drain().DrainAsync(_hub.Client, CancellationToken.None);

        tally[QueuedHeartbeatOutcome.Taken].ShouldBe(1);
        tally[QueuedHeartbeatOutcome.Repeat].ShouldBe(1);
        Queue.Completed.Count.ShouldBe(2);
    }

    [Fact]
    public async Task DrainAsync_InvalidDocument_IsDeadLetteredWithTheProblems()
    {
        Queue.Enqueue(Message("""{"schema":"repl-heartbeat/v1","applianceId":"appl-func"}""", TestSettings.ApplianceKey));

        await Drain().DrainAsync(_hub.Client, CancellationToken.None);

        var (_, reason, description) = Queue.DeadLettered.ShouldHaveSingleItem();
        reason.ShouldBe(HeartbeatQueueDrain.InvalidReason);
        description.ShouldNotBeNull().ShouldStartWith("Not a valid repl-heartbeat/v1 document: $");
        Queue.Completed.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(null, nameof(ApplianceAuthentication.MissingKey))]
    [InlineData("not-a-key", nameof(ApplianceAuthentication.UnknownKey))]
    [InlineData(TestSettings.OtherApplianceKey, nameof(ApplianceAuthentication.WrongAppliance))]
    public async Task DrainAsync_KeyNotTheAppliances_IsDeadLetteredWithTheReasonAndTakesNothing(string? key, string reason)
    {
        Queue.Enqueue(Message(HeartbeatDocuments.Json(TestSettings.ApplianceId, 1, Now), key));

        await Drain().DrainAsync(_hub.Client, CancellationToken.None);

        var deadLettered = Queue.DeadLettered.ShouldHaveSingleItem();
        deadLettered.Reason.ShouldBe(reason);
        deadLettered.Description.ShouldNotBeNull().ShouldNotContain(key ?? "\u0000");
        (await _hub.Client.GetInstanceAsync(InstanceIds.Appliance(TestSettings.ApplianceId))).ShouldBeNull();
    }

    [Fact]
    public async Task DrainAsync_StoreDown_AbandonsTheMessageAndTheRestOfItsBatchAndStops()
    {
        Queue.Enqueue(
            Message(HeartbeatDocuments.Json(TestSettings.ApplianceId, 1, Now), TestSettings.ApplianceKey),
            Message(HeartbeatDocuments.Json(TestSettings.ApplianceId, 2, Now), TestSettings.ApplianceKey));

        var tally = await Drain().DrainAsync(new FailingDurableTaskClient(), CancellationToken.None);

        tally[QueuedHeartbeatOutcome.Abandoned].ShouldBe(2);
        Queue.Abandoned.Count.ShouldBe(2);
        Queue.Completed.ShouldBeEmpty();
        Queue.Receives.ShouldBe(1);
    }

    [Fact]
    public async Task DrainAsync_HeartbeatTheHubRefusesToStore_IsDeadLetteredWithTheReason_NotRedelivered()
    {
        var message = Message(HeartbeatDocuments.Json(TestSettings.ApplianceId, 1, Now), TestSettings.ApplianceKey);
        Queue.Enqueue(message);

        var tally = await Drain().DrainAsync(new RefusingDurableTaskClient(), CancellationToken.None);

        tally[QueuedHeartbeatOutcome.DeadLettered].ShouldBe(1);
        Queue.Abandoned.ShouldBeEmpty();
        var deadLettered = Queue.DeadLettered.ShouldHaveSingleItem();
        deadLettered.Reason.ShouldBe("HeartbeatRefused");
        deadLettered.Description.ShouldNotBeNull().ShouldContain("stores at most");
    }

    [Fact]
    public async Task DrainAsync_MoreThanABatch_TakesBatchesUntilTheQueueIsEmpty()
    {
        for (var sequence = 1; sequence <= 120; sequence++)
        {
            Queue.Enqueue(Message(HeartbeatDocuments.Json(TestSettings.ApplianceId, sequence, Now), TestSettings.ApplianceKey));
        }

        var tally = await Drain().DrainAsync(_hub.Client, CancellationToken.None);

        (tally[QueuedHeartbeatOutcome.Taken] + tally[QueuedHeartbeatOutcome.Repeat]).ShouldBe(120);
        Queue.Completed.Count.ShouldBe(120);
        Queue.Receives.ShouldBe(4);
    }

    [Fact]
    public async Task DrainAsync_BudgetSpent_TakesNoFurtherBatchAndLeavesTheRestQueued()
    {
        for (var sequence = 1; sequence <= 150; sequence++)
        {
            Queue.Enqueue(Message(HeartbeatDocuments.Json(TestSettings.ApplianceId, sequence, Now), TestSettings.ApplianceKey));
        }

        // Each batch takes five seconds: the second one spends the eight-second budget.
        Queue.OnReceive = () => _hub.Engine.Time.Advance(TimeSpan.FromSeconds(5));
        await Drain().DrainAsync(_hub.Client, CancellationToken.None);

        Queue.Receives.ShouldBe(2);
        Queue.Completed.Count.ShouldBe(100);
        Queue.Queued.ShouldBe(50);
    }

    private DateTimeOffset Now => _hub.Engine.Time.GetUtcNow();

    private HeartbeatQueueDrain Drain() => _hub.App.Services.GetRequiredService<HeartbeatQueueDrain>();

    private async Task RunFunctionAsync()
    {
        await using var scope = _hub.App.Services.CreateAsyncScope();
        var function = ActivatorUtilities.CreateInstance<HeartbeatQueueFunction>(scope.ServiceProvider);
        await function.RunAsync(null!, _hub.Client, CancellationToken.None);
    }

    private static ServiceBusReceivedMessage Message(string body, string? key) => ServiceBusModelFactory.ServiceBusReceivedMessage(
        body: BinaryData.FromString(body),
        messageId: Guid.NewGuid().ToString("N"),
        contentType: "application/json",
        properties: key is null ? new Dictionary<string, object>() : new Dictionary<string, object> { [ApplianceAuthenticator.Header] = key },
        deliveryCount: 1);
}
