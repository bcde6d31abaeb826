using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Contracts;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Alerts;

public sealed class SilenceTests
{
    private static readonly AlertTarget s_backupEvent = new("hv-replica-01", "vm-sql01", "hv-replica-01.contoso.local", CatalogCodes.HyperVReplicaBackupConflict);

    private static readonly Silence s_oneOff = new()
    {
        Id = "maint-1",
        Scope = SilenceScope.Vm("hv-replica-01", "vm-sql01"),
        StartsAt = Epoch,
        EndsAt = Epoch.AddHours(2),
    };

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(119, true)]
    [InlineData(120, false)]
    public void Mutes_OneOff_FromItsStartUntilItsEnd(int minute, bool expected) =>
        s_oneOff.Mutes(s_backupEvent, Epoch.AddMinutes(minute)).ShouldBe(expected);

    [Fact]
    public void Mutes_Scope_MatchesApplianceVmOrHost()
    {
        var at = Epoch.AddMinutes(1);

        (s_oneOff with { Scope = SilenceScope.Appliance("hv-replica-01") }).Mutes(s_backupEvent with { VmId = null }, at).ShouldBeTrue();
        s_oneOff.Mutes(s_backupEvent with { VmId = "vm-web01" }, at).ShouldBeFalse();
        (s_oneOff with { Scope = SilenceScope.Host("HV-REPLICA-01.contoso.local") }).Mutes(s_backupEvent, at).ShouldBeTrue();
        (s_oneOff with { Scope = SilenceScope.Host("hv-replica-01.contoso.local") }).Mutes(s_backupEvent with { HostName = null }, at).ShouldBeFalse();
    }

    [Fact]
    public void Mutes_CodeList_LimitsWhatIsMuted()
    {
        var silence = s_oneOff with { Codes = [CatalogCodes.CycleMissed] };

        silence.Mutes(s_backupEvent with { Code = CatalogCodes.CycleMissed }, Epoch).ShouldBeTrue();
        silence.Mutes(s_backupEvent, Epoch).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-11-21T20:59:00Z", false)]
    [InlineData("2026-11-21T21:00:00Z", true)]
    [InlineData("2026-11-22T02:00:00Z", true)]
    [InlineData("2026-11-22T03:00:00Z", false)]
    [InlineData("2026-11-28T22:30:00Z", true)]
    public void Mutes_Recurring_SaturdayNightInBerlinRunsPastMidnight(string at, bool expected)
    {
        // Saturday 22:00 Berlin (UTC+1 in November) for 6 hours: 21:00Z to 03:00Z.
        var silence = Silences.ReplicaHostBackup("backup-window", "hv-replica-01.contoso.local",
            new RecurringWindow([DayOfWeek.Saturday], new TimeOnly(22, 0), TimeSpan.FromHours(6), "Europe/Berlin"), Epoch.AddDays(-30));

        silence.Mutes(s_backupEvent, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);
    }

    [Fact]
    public void Mutes_Recurring_KeepsItsWallClockAcrossDaylightSaving()
    {
        var window = new RecurringWindow([DayOfWeek.Sunday], new TimeOnly(1, 0), TimeSpan.FromHours(3), "Europe/Berlin");

        // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST; 03:30 local is 01:30Z and still inside 01:00-04:00.
        window.Contains(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero)).ShouldBeTrue();
        window.Contains(new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.Zero)).ShouldBeFalse();
    }

    [Fact]
    public void ReplicaHostBackup_NeverMutesASuspension()
    {
        var silence = Silences.ReplicaHostBackup("backup-window", "hv-replica-01.contoso.local",
            new RecurringWindow([DayOfWeek.Sunday], new TimeOnly(0, 0), TimeSpan.FromHours(24)), Epoch.AddDays(-1));

        silence.Mutes(s_backupEvent, Epoch).ShouldBeTrue();
        silence.Mutes(s_backupEvent with { Code = CatalogCodes.HyperVReplicationSuspended }, Epoch).ShouldBeFalse();
        silence.Validate().ShouldBeEmpty();
    }

    [Fact]
    public void IsMuted_AnySilenceOfTheSet()
    {
        var silences = new[] { s_oneOff with { Scope = SilenceScope.Vm("other", "vm") }, s_oneOff };

        Silences.IsMuted(silences, s_backupEvent, Epoch).ShouldBeTrue();
        Silences.IsMuted(silences[..1], s_backupEvent, Epoch).ShouldBeFalse();
    }

    [Fact]
    public void Validate_ValidOneOff_HasNoProblems() => s_oneOff.Validate().ShouldBeEmpty();

    public static TheoryData<string, Silence> InvalidSilences() => new()
    {
        { "$.id", s_oneOff with { Id = "maint/1" } },
        { "$.scope.applianceId", s_oneOff with { Scope = SilenceScope.Appliance("") } },
        { "$.scope.vmId", s_oneOff with { Scope = SilenceScope.Vm("hv-replica-01", "vm:1") } },
        { "$.scope.hostName", s_oneOff with { Scope = SilenceScope.Host("not a host") } },
        { "$.codes[1]", s_oneOff with { Codes = [CatalogCodes.CycleMissed, "NoSuchCode"] } },
        { "$.endsAt", s_oneOff with { EndsAt = null } },
        { "$.endsAt", s_oneOff with { EndsAt = Epoch } },
        { "$.recurrence.days", s_oneOff with { Recurrence = new RecurringWindow([], new TimeOnly(1, 0), TimeSpan.FromHours(1)) } },
        { "$.recurrence.duration", s_oneOff with { Recurrence = new RecurringWindow([DayOfWeek.Monday], new TimeOnly(1, 0), TimeSpan.FromDays(8)) } },
        { "$.recurrence.timeZone", s_oneOff with { Recurrence = new RecurringWindow([DayOfWeek.Monday], new TimeOnly(1, 0), TimeSpan.FromHours(1), "Mars/Olympus") } },
    };

    [Theory]
    [MemberData(nameof(InvalidSilences))]
    public void Validate_BrokenRule_ReportsItsPath(string path, Silence silence) =>
        silence.Validate().ShouldHaveSingleItem().Path.ShouldBe(path);

    [Fact]
    public void Validate_ReportsEveryProblem() =>
        (s_oneOff with { Id = "", EndsAt = null, Codes = ["x"] }).Validate().Select(p => p.Kind)
            .ShouldBe([ContractProblemKind.InvalidValue, ContractProblemKind.InvalidValue, ContractProblemKind.MissingField]);
}
