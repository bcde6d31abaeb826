using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Tests.Heartbeats;

public sealed class HeartbeatSequenceTests
{
    private static readonly DateTimeOffset s_t0 = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, 0L, true)]
    [InlineData(5L, 6L, true)]
    [InlineData(5L, 5L, false)]
    [InlineData(5L, 4L, false)]
    [InlineData(long.MaxValue, 1L, true)] // taken before the bound existed: cannot be real, holds nothing back
    public void IsNewer_ComparesWithTheLastTaken(long? last, long sequence, bool expected) =>
        HeartbeatSequence.IsNewer(last, sequence).ShouldBe(expected);

    // The current order: epoch "run-1" began at T0 - 1 h; sequence 50 is the last taken, the latest sent at T0.
    public static TheoryData<string?, long, int, HeartbeatVerdict> Cases() => new()
    {
        { "run-1", 51, 60, HeartbeatVerdict.Next },
        { "run-1", 51, -600, HeartbeatVerdict.Next }, // a clock set back does not hold a higher sequence back
        { "run-1", 50, 0, HeartbeatVerdict.Repeat },
        { "run-1", 50, 60, HeartbeatVerdict.Repeat }, // a retry stamped anew is still a retry
        { "run-1", 49, -60, HeartbeatVerdict.Repeat }, // delivered late
        { "run-1", 49, 0, HeartbeatVerdict.Repeat },
        { "run-1", 0, 1, HeartbeatVerdict.Restarted }, // lost its count: sent after everything taken
        { "run-2", 0, 1, HeartbeatVerdict.NewEpoch },
        { "run-2", 0, -3599, HeartbeatVerdict.NewEpoch }, // any time after the current order began
        { "run-2", 9000, -3600, HeartbeatVerdict.Stale }, // sent before it began: a late one of an earlier run
        { null, 51, 60, HeartbeatVerdict.NewEpoch }, // an agent that stopped sending epochs
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Judge_AgainstTheCurrentOrder(string? epoch, long sequence, int sentSecondsFromT0, HeartbeatVerdict expected)
    {
        var order = new HeartbeatOrder("run-1", 50, s_t0.AddHours(-1), s_t0, Taken: 70);

        HeartbeatSequence.Judge(order, Beat(epoch, sequence, s_t0.AddSeconds(sentSecondsFromT0))).ShouldBe(expected);
    }

    [Fact]
    public void Judge_FirstHeartbeat_IsNext() => HeartbeatSequence.Judge(null, Beat(null, 0, s_t0)).ShouldBe(HeartbeatVerdict.Next);

    [Fact]
    public void Take_Next_KeepsTheOrderAndTheLatestSentAt()
    {
        var order = new HeartbeatOrder("run-1", 50, s_t0.AddHours(-1), s_t0, 70);

        HeartbeatSequence.Take(order, Beat("run-1", 51, s_t0.AddMinutes(-1)))
            .ShouldBe(new HeartbeatOrder("run-1", 51, s_t0.AddHours(-1), s_t0, 71));
    }

    [Theory]
    [InlineData("run-2", 3)]
    [InlineData("run-1", 3)]
    public void Take_NewEpochOrRestart_BeginsANewOrderAndCountsOn(string epoch, long sequence)
    {
        var order = new HeartbeatOrder("run-1", 50, s_t0.AddHours(-1), s_t0, 70);

        HeartbeatSequence.Take(order, Beat(epoch, sequence, s_t0.AddMinutes(1)))
            .ShouldBe(new HeartbeatOrder(epoch, sequence, s_t0.AddMinutes(1), s_t0.AddMinutes(1), 71));
    }

    [Fact]
    public void Take_ARepeat_Throws() =>
        Should.Throw<ArgumentException>(() => HeartbeatSequence.Take(new HeartbeatOrder(null, 5, s_t0, s_t0, 5), Beat(null, 5, s_t0)));

    [Fact]
    public void AnyHeartbeat_HoldsLaterOnesBackOnlyUntilTheyAreSentAfterIt()
    {
        // The worst a key holder can send: the largest sequence, stamped as far ahead as the skew allows.
        var order = HeartbeatSequence.Take(new HeartbeatOrder(null, 7, s_t0.AddDays(-1), s_t0, 7), Beat(null, HeartbeatSequence.MaxValue, s_t0.AddMinutes(5)));

        HeartbeatSequence.Judge(order, Beat(null, 8, s_t0.AddMinutes(4))).ShouldBe(HeartbeatVerdict.Repeat);
        HeartbeatSequence.Judge(order, Beat(null, 8, s_t0.AddMinutes(5).AddSeconds(1))).ShouldBe(HeartbeatVerdict.Restarted);
        HeartbeatSequence.Judge(order, Beat("run-9", 0, s_t0.AddMinutes(5).AddSeconds(1))).ShouldBe(HeartbeatVerdict.NewEpoch);
    }

    [Theory]
    [InlineData(1042L, 1042L)]
    [InlineData(HeartbeatSequence.MaxValue + 1, null)]
    [InlineData(null, null)]
    public void FromLastSequence_CarriesOnTheCountOfAMonitorWithoutEpochs(long? last, long? taken) =>
        (HeartbeatOrder.FromLastSequence(last, s_t0, s_t0.AddDays(-1))?.Taken).ShouldBe(taken);

    private static Heartbeat Beat(string? epoch, long sequence, DateTimeOffset sentAt) =>
        new(Heartbeat.SchemaV1, "appl-a", ApplianceKind.AzureMigrateVMware, sequence, sentAt, [], [], [], [], [], []) { Epoch = epoch };
}
