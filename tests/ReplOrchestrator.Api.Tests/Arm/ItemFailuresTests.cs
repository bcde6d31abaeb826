using ReplOrchestrator.Api.Arm.Events;
using ReplOrchestrator.Api.Arm.Items;

namespace ReplOrchestrator.Api.Tests.Arm;

public sealed class ItemFailuresTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 22, 4, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1022", 0, "1022", 0, true)]
    [InlineData("1022", 0, "1022", 300, true)]
    [InlineData("1022", 0, "1022", -300, true)]
    [InlineData("1022", 0, "1022", 301, false)]
    [InlineData("1022", 0, "1011", 0, false)]
    [InlineData("1022", null, "1022", null, true)]
    [InlineData("1022", null, "1022", 0, false)]
    public void AreSame_SameErrorIdDatedWithinFiveMinutes_IsOneFailure(string codeA, int? secondsA, string codeB, int? secondsB, bool same) =>
        ItemFailures.AreSame(Failure(codeA, secondsA), Failure(codeB, secondsB)).ShouldBe(same);

    [Fact]
    public void Merge_EventAfterTheHealthError_KeepsTheFailureAsFirstSeen()
    {
        var known = ItemFailures.Merge([], [Failure("1022", 0)], s_now);

        var merged = ItemFailures.Merge(known, [Failure("1022", 30)], s_now.AddMinutes(5));

        merged.ShouldHaveSingleItem().ShouldBe(new KnownFailure(Failure("1022", 0), s_now.AddMinutes(5)));
    }

    [Fact]
    public void Merge_HealthErrorAndEventOfOneFailureAtOnce_KeepOne()
    {
        var merged = ItemFailures.Merge([], [Failure("1022", 0), Failure("1022", 30), Failure("1011", 30)], s_now);

        merged.Select(k => k.Failure).ShouldBe([Failure("1022", 0), Failure("1011", 30)]);
    }

    [Fact]
    public void Merge_FailureNotSeenForAnHour_IsForgotten_AndOneWithoutAnIdIsNeverKept()
    {
        var known = ItemFailures.Merge([], [Failure("1022", 0), Failure(" ", 0)], s_now);

        ItemFailures.Merge(known, [], s_now.AddMinutes(60)).ShouldHaveSingleItem();
        ItemFailures.Merge(known, [], s_now.AddMinutes(61)).ShouldBeEmpty();
    }

    private static ArmHealthError Failure(string code, int? seconds) =>
        new(code, "message", null, null, seconds is { } s ? s_now.AddSeconds(s) : null);
}
