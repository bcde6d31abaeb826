using ReplOrchestrator.Local.Simulation.Timeline;

namespace ReplOrchestrator.Local.Tests.Simulation.Timeline;

public sealed class BeatClockTests
{
    private static readonly BeatClock s_clock = new(new DateTimeOffset(2026, 11, 22, 4, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(5));

    [Theory]
    [InlineData(30, 12)]
    [InlineData(15, 6)]
    [InlineData(11, 5)]
    [InlineData(10, 4)]
    public void Overrun_IsTwiceTheThreshold_InWholeBeats(int thresholdMinutes, int beats) =>
        s_clock.Overrun(TimeSpan.FromMinutes(thresholdMinutes)).ShouldBe(beats);

    [Theory]
    [InlineData(0, 2.5)]
    [InlineData(2.5, 7.5)]
    [InlineData(3, 7.5)]
    [InlineData(7.4, 7.5)]
    [InlineData(7.5, 12.5)]
    public void NextHalfBeatAfter_IsStrictlyLater(double minutesIn, double expectedMinutes) =>
        s_clock.NextHalfBeatAfter(s_clock.Start.AddMinutes(minutesIn)).ShouldBe(s_clock.Start.AddMinutes(expectedMinutes));
}
