using ReplOrchestrator.Api.Heartbeats;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Api.Tests.Heartbeats;

public sealed class SequenceGateTests
{
    private static readonly DateTimeOffset s_t0 = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryTake_IncreasingSequences_AreTakenOnce()
    {
        var gate = new SequenceGate();

        gate.TryTake(Beat("a", 1), null).ShouldBe(HeartbeatVerdict.Next);
        gate.TryTake(Beat("a", 1), null).ShouldBe(HeartbeatVerdict.Repeat);
        gate.TryTake(Beat("a", 2), null).ShouldBe(HeartbeatVerdict.Next);
        gate.TryTake(Beat("b", 1), null).ShouldBe(HeartbeatVerdict.Next);
    }

    [Fact]
    public void TryTake_OlderThanTheMonitorsLast_IsADuplicate() =>
        new SequenceGate().TryTake(Beat("a", 7), new HeartbeatOrder(null, 9, s_t0, s_t0.AddSeconds(9), 9)).IsTaken().ShouldBeFalse();

    [Fact]
    public void TryTake_MonitorAheadOfThisProcess_IsTheBasis()
    {
        var gate = new SequenceGate();
        gate.TryTake(Beat("a", 3), null).ShouldBe(HeartbeatVerdict.Next);

        // Another process took 4 to 9 meanwhile; the monitor's order has counted them.
        gate.TryTake(Beat("a", 5), new HeartbeatOrder(null, 9, s_t0, s_t0.AddSeconds(9), 9)).ShouldBe(HeartbeatVerdict.Repeat);
    }

    [Fact]
    public void TryTake_NewEpochWithALowerSequence_IsTaken_AndTheOldEpochIsStaleAfterIt()
    {
        var gate = new SequenceGate();
        gate.TryTake(Beat("a", 500, epoch: "run-1"), null).ShouldBe(HeartbeatVerdict.Next);

        gate.TryTake(Beat("a", 0, epoch: "run-2", sentAtSeconds: 600), null).ShouldBe(HeartbeatVerdict.NewEpoch);
        gate.TryTake(Beat("a", 501, epoch: "run-1", sentAtSeconds: 501), null).ShouldBe(HeartbeatVerdict.Stale);
        gate.TryTake(Beat("a", 1, epoch: "run-2", sentAtSeconds: 601), null).ShouldBe(HeartbeatVerdict.Next);
    }

    [Fact]
    public void Release_AfterAFailedStore_LetsTheRetryThrough()
    {
        var gate = new SequenceGate();
        gate.TryTake(Beat("a", 5), null).ShouldBe(HeartbeatVerdict.Next);

        gate.Release(Beat("a", 5));

        gate.TryTake(Beat("a", 5), null).ShouldBe(HeartbeatVerdict.Next);
    }

    [Fact]
    public void Release_OfAHeartbeatStampedBeforeTheLatest_LetsTheRetryThrough()
    {
        var gate = new SequenceGate();
        gate.TryTake(Beat("a", 5), null);
        gate.TryTake(Beat("a", 6, sentAtSeconds: 2), null).ShouldBe(HeartbeatVerdict.Next, "a clock set back does not hold a higher sequence back");

        gate.Release(Beat("a", 6, sentAtSeconds: 2));

        gate.TryTake(Beat("a", 6, sentAtSeconds: 2), null).ShouldBe(HeartbeatVerdict.Next);
    }

    [Fact]
    public void Release_AfterALaterHeartbeatWasTaken_KeepsTheLaterOne()
    {
        var gate = new SequenceGate();
        gate.TryTake(Beat("a", 5), null);
        gate.TryTake(Beat("a", 6), null);

        gate.Release(Beat("a", 5));

        gate.TryTake(Beat("a", 6), null).ShouldBe(HeartbeatVerdict.Repeat);
    }

    [Fact]
    public async Task TryTake_ConcurrentSameSequence_ExactlyOneWins()
    {
        var gate = new SequenceGate();
        var start = new TaskCompletionSource();
        var attempts = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return gate.TryTake(Beat("a", 42), null);
        })).ToList();

        start.SetResult();
        var results = await Task.WhenAll(attempts);

        results.Count(verdict => verdict.IsTaken()).ShouldBe(1);
    }

    // Sent one second per sequence number after T0 unless the test says otherwise, as an agent beating every second would.
    private static Heartbeat Beat(string applianceId, long sequence, string? epoch = null, long? sentAtSeconds = null) =>
        new(Heartbeat.SchemaV1, applianceId, ApplianceKind.AzureMigrateVMware, sequence, s_t0.AddSeconds(sentAtSeconds ?? sequence), [], [], [], [], [], []) { Epoch = epoch };
}
