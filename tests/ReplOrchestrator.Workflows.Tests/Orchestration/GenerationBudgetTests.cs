using FsCheck.Fluent;
using ReplOrchestrator.Workflows.Orchestration;
using static ReplOrchestrator.Workflows.Tests.Build;

namespace ReplOrchestrator.Workflows.Tests.Orchestration;

public sealed class GenerationBudgetTests
{
    [Fact]
    public void IsSpent_NothingHandledYet_IsFalse() =>
        new GenerationBudget(Options.Monitoring).IsSpent.ShouldBeFalse();

    // Defaults: 25 signals or 300 events; each signal costs itself, the episode markers (3 in all) and its actions.
    [Theory]
    [InlineData(24, 0, false)]
    [InlineData(25, 0, true)]
    [InlineData(3, 96, false)] // 3 × 99 = 297 events
    [InlineData(3, 97, true)] // 3 × 100 = 300 events: the bound itself ends the generation
    [InlineData(1, 296, false)]
    [InlineData(1, 297, true)]
    public void IsSpent_WithTheDefaultBounds_EndsTheGenerationAtEitherBound(int signals, int historyEventsEach, bool spent)
    {
        var budget = new GenerationBudget(Options.Monitoring);

        for (var i = 0; i < signals; i++)
        {
            budget.Spend(historyEventsEach);
        }

        budget.IsSpent.ShouldBe(spent);
    }

    [Theory]
    [InlineData(1, 300, 0, true)] // one signal allowed: the first ends the generation
    [InlineData(2, 300, 0, false)]
    [InlineData(1000, 20, 17, true)] // the smallest event bound: 3 + 17 = 20
    [InlineData(1000, 20, 16, false)]
    public void IsSpent_AfterOneSignal_FollowsTheConfiguredBounds(int maxSignals, int maxEvents, int historyEvents, bool spent)
    {
        var budget = new GenerationBudget(Options.Monitoring with { MaxSignalsPerGeneration = maxSignals, MaxEventsPerGeneration = maxEvents });

        budget.Spend(historyEvents);

        budget.IsSpent.ShouldBe(spent);
    }

    [Fact]
    public void IsSpent_AfterAnySpends_IsTrueExactlyOnceEitherBoundIsReachedAndStaysTrue() => Verify(Prop.ForAll(
        Gen.Choose(0, 40).ListOf().ToArbitrary(),
        spends =>
        {
            var budget = new GenerationBudget(Options.Monitoring);
            var (signals, events, wasSpent) = (0, 0, false);
            foreach (var spend in spends)
            {
                budget.Spend(spend);
                (signals, events) = (signals + 1, events + 3 + spend);
                var expected = signals >= 25 || events >= 300;
                if (budget.IsSpent != expected || (wasSpent && !budget.IsSpent))
                {
                    return false;
                }

                wasSpent = budget.IsSpent;
            }

            return true;
        }));
}
