using FsCheck;
using FsCheck.Fluent;
using ReplOrchestrator.Domain.Health;
using static ReplOrchestrator.Domain.Tests.Properties;

namespace ReplOrchestrator.Domain.Tests.Health;

public sealed class HealthHysteresisTests
{
    private static readonly HealthOptions s_options = new();

    [Fact]
    public void Apply_FirstEvaluation_AppliesAsIs()
    {
        var health = HealthHysteresis.Apply(null, Evaluation(HealthLevel.Warning), Epoch, s_options);

        (health.Level, health.LevelSince, health.RecoveringSince).ShouldBe((HealthLevel.Warning, Epoch, (DateTimeOffset?)null));
    }

    [Fact]
    public void Apply_Worsening_AppliesAtOnce()
    {
        var normal = HealthHysteresis.Apply(null, Evaluation(HealthLevel.Normal), Epoch, s_options);

        var critical = HealthHysteresis.Apply(normal, Evaluation(HealthLevel.Critical), Epoch.AddMinutes(1), s_options);

        (critical.Level, critical.LevelSince).ShouldBe((HealthLevel.Critical, Epoch.AddMinutes(1)));
    }

    [Fact]
    public void Apply_Improvement_IsHeldUntilItHasLastedTheHoldTimeAndCount()
    {
        var health = HealthHysteresis.Apply(null, Evaluation(HealthLevel.Critical), Epoch, s_options);

        health = HealthHysteresis.Apply(health, Evaluation(HealthLevel.Normal), Epoch.AddMinutes(5), s_options);
        health.Level.ShouldBe(HealthLevel.Critical);
        var pending = health.Reasons[0];
        (pending.Kind, pending.Level).ShouldBe((HealthReasonKind.RecoveryPending, HealthLevel.Critical));
        pending.Message.ShouldContain("Normal for 0 s and 1 evaluations");

        health = HealthHysteresis.Apply(health, Evaluation(HealthLevel.Normal), Epoch.AddMinutes(10), s_options);
        health = HealthHysteresis.Apply(health, Evaluation(HealthLevel.Normal), Epoch.AddMinutes(19), s_options);
        health.Level.ShouldBe(HealthLevel.Critical);

        health = HealthHysteresis.Apply(health, Evaluation(HealthLevel.Normal), Epoch.AddMinutes(20), s_options);
        (health.Level, health.LevelSince, health.Reasons.Count).ShouldBe((HealthLevel.Normal, Epoch.AddMinutes(20), 0));
    }

    [Fact]
    public void Apply_FlappingEveryFiveMinutes_StaysAtTheWorseLevel()
    {
        var health = HealthHysteresis.Apply(null, Evaluation(HealthLevel.Critical), Epoch, s_options);
        for (var i = 1; i <= 24; i++)
        {
            health = HealthHysteresis.Apply(health, Evaluation(i % 2 == 0 ? HealthLevel.Critical : HealthLevel.Normal), Epoch.AddMinutes(5 * i), s_options);
        }

        (health.Level, health.LevelSince).ShouldBe((HealthLevel.Critical, Epoch));
    }

    [Fact]
    public void Apply_EvaluationOlderThanTheState_IsIgnored()
    {
        var health = HealthHysteresis.Apply(null, Evaluation(HealthLevel.Critical), Epoch, s_options);

        HealthHysteresis.Apply(health, Evaluation(HealthLevel.Normal), Epoch.AddMinutes(-1), s_options).ShouldBeSameAs(health);
    }

    [Fact]
    public void Apply_IsNeverBetterThanTheEvaluation() => Verify(Prop.ForAll(Steps().ToArbitrary(), steps =>
        Run(steps).All(step => step.Health.Level >= step.Raw)));

    [Fact]
    public void Apply_NeverImprovesBeforeTheBetterLevelHasHeldForTheHoldTimeAndCount() => Verify(Prop.ForAll(Steps().ToArbitrary(), steps =>
    {
        DateTimeOffset? streakStart = null;
        var streak = 0;
        VmHealth? previous = null;
        foreach (var step in Run(steps))
        {
            if (previous is not null && step.Raw < previous.Level)
            {
                streakStart ??= step.At;
                streak++;
            }
            else
            {
                (streakStart, streak) = (null, 0);
            }

            var improved = previous is not null && step.Health.Level < previous.Level;
            if (improved && (step.At - streakStart < s_options.RecoveryHoldTime || streak < s_options.RecoveryHoldEvaluations))
            {
                return false;
            }

            if (improved)
            {
                (streakStart, streak) = (null, 0);
            }

            previous = step.Health;
        }

        return true;
    }));

    [Fact]
    public void Apply_BetterLevelHeldLongEnough_IsEventuallyShown() => Verify(Prop.ForAll(Steps().ToArbitrary(), steps =>
    {
        var last = Run(steps).Last();
        var health = last.Health;
        var at = last.At;
        for (var i = 0; i < s_options.RecoveryHoldEvaluations + 3; i++)
        {
            at += TimeSpan.FromMinutes(5);
            health = HealthHysteresis.Apply(health, Evaluation(HealthLevel.Normal), at, s_options);
        }

        return health.Level == HealthLevel.Normal;
    }));

    private static Gen<(TimeSpan Gap, HealthLevel Level)[]> Steps() =>
        Gen.NonEmptyListOf(Gen.Zip(Duration(20), Gen.Elements(Enum.GetValues<HealthLevel>()))).Select(list => list.ToArray());

    private static List<(DateTimeOffset At, HealthLevel Raw, VmHealth Health)> Run((TimeSpan Gap, HealthLevel Level)[] steps)
    {
        var results = new List<(DateTimeOffset, HealthLevel, VmHealth)>();
        VmHealth? health = null;
        var at = Epoch;
        foreach (var (gap, level) in steps)
        {
            at += gap;
            health = HealthHysteresis.Apply(health, Evaluation(level), at, s_options);
            results.Add((at, level, health));
        }

        return results;
    }

    private static HealthEvaluation Evaluation(HealthLevel level) =>
        new(level, level == HealthLevel.Normal ? [] : [new HealthReason(HealthReasonKind.MissedCycles, level, "missed", null)]);
}
