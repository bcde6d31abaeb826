using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Notifications;
using static ReplOrchestrator.TestUtilities.Notifications.TestAlerts;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Notifications;

public sealed class SeverityEscalationTests
{
    private static readonly SeverityEscalation s_hour = new(TimeSpan.FromHours(1));

    [Theory]
    [InlineData(AlertSeverity.Warning, 59, AlertSeverity.Warning)]
    [InlineData(AlertSeverity.Warning, 60, AlertSeverity.Critical)]
    [InlineData(AlertSeverity.Warning, 600, AlertSeverity.Critical)]
    [InlineData(AlertSeverity.Info, 600, AlertSeverity.Info)]
    [InlineData(AlertSeverity.Critical, 0, AlertSeverity.Critical)]
    public void EffectiveSeverity_Table(AlertSeverity severity, int minutesFiring, AlertSeverity expected) =>
        s_hour.EffectiveSeverity(severity, Epoch, Epoch.AddMinutes(minutesFiring)).ShouldBe(expected);

    [Fact]
    public void EffectiveSeverity_WithoutRule_NeverEscalates() =>
        SeverityEscalation.None.EffectiveSeverity(AlertSeverity.Warning, Epoch, Epoch.AddDays(30)).ShouldBe(AlertSeverity.Warning);

    [Fact]
    public void EscalatesAt_IsFirstSeenPlusTheDelay_ForWarningsOnly()
    {
        s_hour.EscalatesAt(AlertSeverity.Warning, Epoch).ShouldBe(Epoch.AddHours(1));
        s_hour.EscalatesAt(AlertSeverity.Info, Epoch).ShouldBeNull();
        SeverityEscalation.None.EscalatesAt(AlertSeverity.Warning, Epoch).ShouldBeNull();
    }

    [Fact]
    public void EffectiveSeverity_ResolvedAlert_CountsOnlyTheTimeItFired()
    {
        var warning = Fire(CatalogCodes.DiskUploadTimedOut, severity: AlertSeverity.Warning);

        s_hour.EffectiveSeverity(Resolve(warning, Epoch.AddMinutes(20)), Epoch.AddHours(5)).ShouldBe(AlertSeverity.Warning);
        s_hour.EffectiveSeverity(Resolve(warning, Epoch.AddMinutes(90)), Epoch.AddHours(5)).ShouldBe(AlertSeverity.Critical);
        s_hour.EffectiveSeverity(warning, Epoch.AddMinutes(90)).ShouldBe(AlertSeverity.Critical);
    }

    [Fact]
    public void EffectiveSeverity_IsMonotoneInTime() =>
        Verify(FsCheck.Fluent.Prop.ForAll(
            FsCheck.Fluent.Arb.From(Instant(600)), FsCheck.Fluent.Arb.From(Duration(120)),
            (now, more) => s_hour.EffectiveSeverity(AlertSeverity.Warning, Epoch, now) <= s_hour.EffectiveSeverity(AlertSeverity.Warning, Epoch, now + more)));
}
