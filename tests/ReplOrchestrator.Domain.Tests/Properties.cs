using FsCheck;
using FsCheck.Fluent;

namespace ReplOrchestrator.Domain.Tests;

/// <summary>Runs FsCheck properties inside xunit facts, and the generators the domain's properties share.</summary>
internal static class Properties
{
    // The sample alerts' instant, so that a property's times and an alert's texts agree.
    public static readonly DateTimeOffset Epoch = TestUtilities.Notifications.TestAlerts.FiredAt;

    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(500);

    /// <summary>Checks <paramref name="property"/>; a counterexample fails the test with FsCheck's report.</summary>
    public static void Verify(Property property) => Check.One(s_config, property);

    /// <summary>A duration from 0 to <paramref name="maxMinutes"/> minutes, in whole seconds.</summary>
    public static Gen<TimeSpan> Duration(int maxMinutes) =>
        Gen.Choose(0, maxMinutes * 60).Select(seconds => TimeSpan.FromSeconds(seconds));

    /// <summary>An instant within <paramref name="maxMinutes"/> minutes after <see cref="Epoch"/>.</summary>
    public static Gen<DateTimeOffset> Instant(int maxMinutes) => Duration(maxMinutes).Select(offset => Epoch + offset);
}
