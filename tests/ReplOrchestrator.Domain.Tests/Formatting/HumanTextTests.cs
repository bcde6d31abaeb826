using ReplOrchestrator.Domain.Formatting;

namespace ReplOrchestrator.Domain.Tests.Formatting;

public sealed class HumanTextTests
{
    [Theory]
    [InlineData(0L, "0 B")]
    [InlineData(1023L, "1023 B")]
    [InlineData(1536L, "1.5 KiB")]
    [InlineData(3328599654L, "3.1 GiB")]
    [InlineData(53687091200L, "50 GiB")]
    [InlineData(53580000000L, "49.9 GiB")]
    [InlineData(5497558138880L, "5 TiB")]
    public void Bytes_UsesBinaryUnitsWithOneDecimal(long bytes, string expected) => HumanText.Bytes(bytes).ShouldBe(expected);

    [Theory]
    [InlineData(45, "45 s")]
    [InlineData(30 * 60, "30 min")]
    [InlineData((2 * 3600) + (5 * 60) + 59, "2 h 5 min")]
    [InlineData(2 * 3600, "2 h")]
    [InlineData(27 * 3600, "1 d 3 h")]
    [InlineData(48 * 3600, "2 d")]
    [InlineData(-90, "-1 min")]
    public void Duration_ShowsTheTwoLargestUnits(int seconds, string expected) =>
        HumanText.Duration(TimeSpan.FromSeconds(seconds)).ShouldBe(expected);

    [Theory]
    [InlineData(3328599654L, 53687091200L, "6 %")]
    [InlineData(999L, 1000L, "99 %")]
    [InlineData(1000L, 1000L, "100 %")]
    [InlineData(0L, 0L, "100 %")]
    public void Percent_RoundsDown(long part, long whole, string expected) => HumanText.Percent(part, whole).ShouldBe(expected);

    [Fact]
    public void Rate_IsBytesPerSecond() => HumanText.Rate(13107200).ShouldBe("12.5 MiB/s");
}
