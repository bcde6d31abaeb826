using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Tests.Heartbeats;

public sealed class HeartbeatSequenceTests
{
    [Theory]
    [InlineData(null, 0L, true)]
    [InlineData(5L, 6L, true)]
    [InlineData(5L, 5L, false)]
    [InlineData(5L, 4L, false)]
    public void IsNewer_ComparesWithTheLastTaken(long? last, long sequence, bool expected) =>
        HeartbeatSequence.IsNewer(last, sequence).ShouldBe(expected);
}
