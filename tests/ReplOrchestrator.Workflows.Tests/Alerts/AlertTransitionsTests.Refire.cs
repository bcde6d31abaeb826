using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Alerts;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Alerts;

/// <summary>A firing alert seen again: new information notifies at once, the rest waits for the repeat; redeliveries change nothing.</summary>
public sealed partial class AlertTransitionsTests
{
    private static readonly ProbeResult s_storageDown = new("cmd-1", ProbeKind.StorageWrite, "migratelsa1234.blob.core.windows.net:443", false, 0, "connection timed out");

    public static TheoryData<string, bool> Refires() => new()
    {
        { "the same alert again", false },
        { "another summary only", false },
        { "another severity", true },
        { "new probe evidence", true },
        { "another leading cause", true },
    };

    [Theory]
    [MemberData(nameof(Refires))]
    public void Apply_FireWhileFiring_NotifiesAtOnceOnlyWithNewInformation(string refire, bool material)
    {
        var firing = Firing() with { Alert = Alert(Code, T0) with { ProbableCauses = [Cause("the gateway is down")] } };
        var seen = T0.AddHours(1);
        var fresh = Alert(Code, seen) with { ProbableCauses = [Cause("the gateway is down")] };
        fresh = refire switch
        {
            "another summary only" => fresh with { Summary = "replication is Error (again)" },
            "another severity" => fresh with { Severity = AlertSeverity.Warning },
            "new probe evidence" => fresh with { ProbeResults = [s_storageDown] },
            "another leading cause" => fresh with { ProbableCauses = [Cause("storage is unreachable"), Cause("the gateway is down")] },
            _ => fresh,
        };

        var next = AlertTransitions.Apply(firing, FireAt("sig-2", seen, fresh), Options);

        next.DueAt.ShouldBe(material ? seen : firing.DueAt);
        (next.Phase, next.Alert!.Id, next.Alert.Occurrences).ShouldBe((AlertPhase.Firing, firing.Alert!.Id, 2));
    }

    [Fact]
    public void Apply_FireWhileFiringWithTheSameAlertBuiltAgain_WaitsForTheRepeat()
    {
        var firing = Firing() with { Alert = Alert(CatalogCodes.DiskUploadTimedOut, T0), Key = AlertKey.Create(ApplianceId, VmId, CatalogCodes.DiskUploadTimedOut) };
        var seen = T0.AddHours(1);

        var next = AlertTransitions.Apply(firing, FireAt("sig-2", seen, Alert(CatalogCodes.DiskUploadTimedOut, seen)), Options);

        next.DueAt.ShouldBe(firing.DueAt);
    }

    [Fact]
    public void Apply_EscalationWithinTheResolveHold_NotifiesAtOnce()
    {
        var firing = Firing() with { Alert = Alert(Code, T0, AlertSeverity.Warning) };
        var resolving = AlertTransitions.Apply(firing, AlertSignal.Resolve("sig-9", T0.AddHours(1), Reason), Options);
        var seen = T0.AddHours(1).AddMinutes(1);

        var next = AlertTransitions.Apply(resolving, FireAt("sig-10", seen, Alert(Code, seen, AlertSeverity.Critical)), Options);

        (next.Phase, next.DueAt).ShouldBe((AlertPhase.Firing, (DateTimeOffset?)seen));
    }

    [Theory]
    [InlineData(AlertSignalKind.Fire)]
    [InlineData(AlertSignalKind.Resolve)]
    public void Apply_RedeliveredSignal_ChangesNothing(AlertSignalKind kind)
    {
        var signal = kind == AlertSignalKind.Fire ? FireAt("sig-2", T0.AddHours(1)) : AlertSignal.Resolve("sig-2", T0.AddHours(1), Reason);
        var once = AlertTransitions.Apply(Firing(), signal, Options);

        var twice = AlertTransitions.Apply(once, signal with { At = T0.AddHours(2) }, Options);

        twice.ShouldBeSameAs(once);
    }

    [Fact]
    public void Apply_ManySignals_RemembersTheLastTwentyInOrder()
    {
        var state = Lifecycle();
        for (var i = 1; i <= 21; i++)
        {
            state = AlertTransitions.Apply(state, AlertSignal.Resolve($"sig-{i}", T0.AddSeconds(i), Reason), Options);
        }

        state.RecentSignals.ShouldBe(Enumerable.Range(2, 20).Select(i => $"sig-{i}"));
        AlertTransitions.Apply(state, AlertSignal.Resolve("sig-21", T0, Reason), Options).ShouldBeSameAs(state);
        AlertTransitions.Apply(state, AlertSignal.Resolve("sig-1", T0, Reason), Options).RecentSignals[^1].ShouldBe("sig-1");
    }

    private static AlertCause Cause(string text) => new(text, CauseConfidence.Likely, []);
}
