using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Browser.Tests.Support;

/// <summary>What a reader must find on a rendered card, read off the alert itself so that a card that drops a part fails.</summary>
internal static class RenderedCardAssertions
{
    /// <summary>The renderer drew something and complained about nothing.</summary>
    public static void ShouldHaveRenderedCleanly(this RenderedCard card)
    {
        card.Problems.ShouldBeEmpty();
        card.Text.ShouldNotBeNullOrWhiteSpace();
    }

    /// <summary>The alert's title, where it is, and its summary.</summary>
    public static void ShouldName(this RenderedCard card, Alert alert)
    {
        card.Text.ShouldContain(alert.Title);
        card.Text.ShouldContain(alert.Code);
        card.Text.ShouldContain(alert.VmId ?? alert.ApplianceId);
        card.Text.ShouldContain(alert.Summary);
    }

    /// <summary>The leading cause, the first recommended action and every probe's name, target and detail.</summary>
    public static void ShouldExplain(this RenderedCard card, Alert alert)
    {
        card.Text.ShouldContain(alert.LeadingCause.ShouldNotBeNull().Cause);
        alert.RecommendedActions.ShouldNotBeEmpty();
        card.Text.ShouldContain(alert.RecommendedActions[0]);
        alert.ProbeResults.ShouldNotBeEmpty();
        foreach (var probe in alert.ProbeResults)
        {
            card.Text.ShouldContain($"{probe.Probe} {probe.Target}");
            card.Text.ShouldContain(probe.Detail ?? string.Empty);
        }
    }
}
