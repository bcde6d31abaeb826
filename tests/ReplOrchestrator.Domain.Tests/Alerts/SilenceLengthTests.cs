using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Configuration;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Alerts;

/// <summary>A one-off silence mutes for a bounded time; a standing arrangement is a recurring window.</summary>
public sealed class SilenceLengthTests
{
    private static readonly SilenceOptions s_defaults = new();

    private static readonly Silence s_oneOff = new()
    {
        Id = "maint-1",
        Scope = SilenceScope.Appliance("appl-a"),
        StartsAt = Epoch,
        EndsAt = Epoch.AddDays(7),
    };

    [Fact]
    public void Validate_UntilTheYear9999_IsRefusedAtEndsAt()
    {
        var forever = s_oneOff with { EndsAt = new DateTimeOffset(9999, 12, 31, 0, 0, 0, TimeSpan.Zero) };

        var problem = forever.Validate(Epoch, s_defaults).ShouldHaveSingleItem();

        problem.Path.ShouldBe("$.endsAt");
        problem.Message.ShouldContain("at most that long (Repl:Silences:MaxDuration)");
    }

    [Fact]
    public void Validate_ExactlyTheMaximum_IsAccepted() => s_oneOff.Validate(Epoch, s_defaults).ShouldBeEmpty();

    [Fact]
    public void Validate_OneSecondOverTheMaximum_IsRefused() =>
        (s_oneOff with { EndsAt = Epoch.AddDays(7).AddSeconds(1) }).Validate(Epoch, s_defaults).ShouldHaveSingleItem().Path.ShouldBe("$.endsAt");

    [Fact]
    public void Validate_StartedLongAgo_CountsFromNow() =>
        (s_oneOff with { StartsAt = Epoch.AddDays(-30), EndsAt = Epoch.AddDays(1) }).Validate(Epoch, s_defaults).ShouldBeEmpty();

    [Fact]
    public void Validate_StartsLater_CountsFromItsStart() =>
        (s_oneOff with { StartsAt = Epoch.AddDays(30), EndsAt = Epoch.AddDays(31) }).Validate(Epoch, s_defaults).ShouldBeEmpty();

    [Fact]
    public void Validate_FarFutureWindowLongerThanTheMaximum_IsRefused() =>
        (s_oneOff with { StartsAt = Epoch.AddDays(30), EndsAt = Epoch.AddDays(38) }).Validate(Epoch, s_defaults).ShouldHaveSingleItem();

    [Fact]
    public void Validate_RecurringWindowWithoutEnd_IsNotLimited() =>
        (s_oneOff with { EndsAt = null, Recurrence = new RecurringWindow([DayOfWeek.Saturday], new TimeOnly(1, 0), TimeSpan.FromHours(4)) })
            .Validate(Epoch, s_defaults).ShouldBeEmpty();

    [Fact]
    public void Validate_ConfiguredMaximum_IsTheLimit() =>
        (s_oneOff with { EndsAt = Epoch.AddHours(2) }).Validate(Epoch, new SilenceOptions { MaxDuration = TimeSpan.FromHours(1) }).ShouldHaveSingleItem();

    [Fact]
    public void Validate_OtherRulesStillApply() =>
        (s_oneOff with { Id = "maint/1" }).Validate(Epoch, s_defaults).ShouldHaveSingleItem().Path.ShouldBe("$.id");

    [Theory]
    [InlineData(0)]
    [InlineData(366 * 24 * 60)]
    public void Options_MaximumOutOfRange_IsAProblem(int minutes) =>
        Should.Throw<ArgumentException>(() => new SilenceOptions { MaxDuration = TimeSpan.FromMinutes(minutes) }.ThrowIfInvalid()).Message.ShouldContain("MaxDuration");

    [Fact]
    public void Options_Default_IsSevenDays() => s_defaults.MaxDuration.ShouldBe(TimeSpan.FromDays(7));
}
