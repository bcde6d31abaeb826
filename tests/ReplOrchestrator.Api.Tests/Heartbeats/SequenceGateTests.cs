using ReplOrchestrator.Api.Heartbeats;

namespace ReplOrchestrator.Api.Tests.Heartbeats;

public sealed class SequenceGateTests
{
    [Fact]
    public void TryTake_IncreasingSequences_AreTakenOnce()
    {
        var gate = new SequenceGate();

        gate.TryTake("a", 1, null).ShouldBeTrue();
        gate.TryTake("a", 1, null).ShouldBeFalse();
        gate.TryTake("a", 2, null).ShouldBeTrue();
        gate.TryTake("b", 1, null).ShouldBeTrue();
    }

    [Fact]
    public void TryTake_OlderThanTheMonitorsLast_IsADuplicate() =>
        new SequenceGate().TryTake("a", 7, monitorSequence: 9).ShouldBeFalse();

    [Fact]
    public void Release_AfterAFailedStore_LetsTheRetryThrough()
    {
        var gate = new SequenceGate();
        gate.TryTake("a", 5, null).ShouldBeTrue();

        gate.Release("a", 5);

        gate.TryTake("a", 5, null).ShouldBeTrue();
    }

    [Fact]
    public async Task TryTake_ConcurrentSameSequence_ExactlyOneWins()
    {
        var gate = new SequenceGate();
        var start = new TaskCompletionSource();
        var attempts = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return gate.TryTake("a", 42, null);
        })).ToList();

        start.SetResult();
        var results = await Task.WhenAll(attempts);

        results.Count(taken => taken).ShouldBe(1);
    }
}
