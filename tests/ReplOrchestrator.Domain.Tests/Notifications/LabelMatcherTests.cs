using System.Diagnostics;
using ReplOrchestrator.Domain.Notifications;
using static ReplOrchestrator.TestUtilities.Notifications.TestAlerts;

namespace ReplOrchestrator.Domain.Tests.Notifications;

public sealed class LabelMatcherTests
{
    [Theory]
    [InlineData("severity=Critical", true)]
    [InlineData("severity=Warning", false)]
    [InlineData("severity!=Warning", true)]
    [InlineData("severity!=Critical", false)]
    [InlineData("code=~Disk.*", true)]
    [InlineData("code=~Upload", false)] // anchored: a substring is not a match
    [InlineData("code=~.*Upload.*", true)]
    [InlineData("code!~Disk.*", false)]
    [InlineData("applianceId!=lab-01", true)]
    [InlineData("applianceId=appl-01", true)]
    [InlineData("vmId!~test-.*", true)]
    [InlineData("vmId=~vm-0[0-9]", true)]
    [InlineData("vmId=~vm-01|test", true)]
    [InlineData("product=AzureMigrate", true)]
    [InlineData("product=HyperVReplica", false)]
    [InlineData("status=firing", true)]
    [InlineData("status=resolved", false)]
    [InlineData("host=ESX01.contoso.local", true)] // DNS names ignore case
    [InlineData("host=~esx0[0-9]\\..*", true)]
    [InlineData("host!=esx02.contoso.local", true)]
    [InlineData("severity = Critical", true)] // spaces around the parts
    [InlineData("severity=\"Critical\"", true)] // quoted as Alertmanager writes it
    [InlineData("code=~\"Disk.*\"", true)]
    public void Matches_Table(string text, bool expected) =>
        LabelMatcher.Parse(text).Matches(Labels()).ShouldBe(expected, text);

    [Fact]
    public void Matches_Alternation_IsAnchoredAsAWhole() =>
        // ^(?:vm-0|test)$, not ^vm-0|test$: neither alternative matches all of vm-01.
        LabelMatcher.Parse("vmId=~vm-0|test").Matches(Labels()).ShouldBeFalse();

    [Theory]
    [InlineData("vmId=", "", true)] // an appliance-level alert has no VM: the empty value
    [InlineData("vmId=", "vm-01", false)]
    [InlineData("vmId!=", "vm-01", true)]
    [InlineData("vmId=~.*", "", true)]
    [InlineData("vmId=~.+", "", false)]
    public void Matches_MissingLabel_IsTheEmptyValue(string text, string vmId, bool expected) =>
        LabelMatcher.Parse(text).Matches(Labels(vmId: vmId)).ShouldBe(expected);

    [Theory]
    [InlineData("severity=critical", "'critical' is never a severity: values are Info, Warning, Critical (case-sensitive)")]
    [InlineData("status=Firing", "'Firing' is never a status")]
    [InlineData("product=VMware", "'VMware' is never a product")]
    [InlineData("code=DiskUploadTimeout", "'DiskUploadTimeout' is not a catalog code")]
    [InlineData("sev=Critical", "matches on 'sev', which is not a label: use one of severity, code, product, applianceId, vmId, host, status")]
    [InlineData("Severity=Critical", "matches on 'Severity', which is not a label")]
    [InlineData("=Critical", "matches on '', which is not a label")]
    [InlineData("severity", "is not a matcher")]
    [InlineData("", "is not a matcher")]
    [InlineData("  ", "is not a matcher")]
    [InlineData("severity~Critical", "has no operator")]
    [InlineData("code=~Disk(", "is not a valid regex")]
    [InlineData("code=~a)(b", "is not a valid regex")] // would compile once wrapped in the anchors
    [InlineData("code=~(?=Disk).*", "is a regex this engine refuses")] // lookahead: RE2 has none either
    [InlineData("vmId=~(a)\\1", "is a regex this engine refuses")] // backreference
    [InlineData("vmId=~((a{1000}){1000}){1000}", "is a regex this engine refuses")] // an automaton too large to build
    public void TryParse_Invalid_SaysWhy(string text, string because)
    {
        LabelMatcher.TryParse(text, out var matcher, out var problem).ShouldBeFalse();

        matcher.ShouldBeNull();
        problem.ShouldStartWith(because);
    }

    [Fact]
    public void TryParse_EqualityOnFreeFormLabels_AcceptsAnyValue()
    {
        LabelMatcher.TryParse("applianceId=anything-at-all", out _, out _).ShouldBeTrue();
        LabelMatcher.TryParse("host=esx99", out _, out _).ShouldBeTrue();
        LabelMatcher.TryParse("code=~NotACode.*", out _, out _).ShouldBeTrue(); // regexes are not checked against the catalog
    }

    [Theory]
    [InlineData("severity=Critical", "severity", MatchOperator.Equal, "Critical")]
    [InlineData("applianceId!=lab-01", "applianceId", MatchOperator.NotEqual, "lab-01")]
    [InlineData("code=~Disk.*", "code", MatchOperator.MatchesRegex, "Disk.*")]
    [InlineData("vmId!~test-.*", "vmId", MatchOperator.DoesNotMatchRegex, "test-.*")]
    [InlineData("vmId=a=b", "vmId", MatchOperator.Equal, "a=b")]
    public void Parse_SplitsLabelOperatorValue(string text, string label, MatchOperator op, string value)
    {
        var matcher = LabelMatcher.Parse(text);

        (matcher.Label, matcher.Operator, matcher.Value).ShouldBe((label, op, value));
        matcher.ToString().ShouldBe(text);
    }

    [Fact]
    public void Parse_Regex_HasAMatchTimeout()
    {
        LabelMatcher.Parse("code=~Disk.*").MatchTimeout.ShouldBe(NotificationDefaults.RegexMatchTimeout);
        LabelMatcher.Parse("code=DiskUploadTimedOut").MatchTimeout.ShouldBeNull();
    }

    [Fact]
    public void Matches_CatastrophicBacktrackingPattern_RunsInLinearTime()
    {
        // (a+)+b on a run of a's takes 2^n steps on a backtracking engine; here it is one pass.
        var matcher = LabelMatcher.Parse("host=~(a+)+b");
        var clock = Stopwatch.StartNew();

        matcher.Matches(Labels(host: new string('a', 253))).ShouldBeFalse();
        LabelMatcher.Parse("host!~(a+)+b").Matches(Labels(host: new string('a', 253))).ShouldBeTrue();

        clock.Elapsed.ShouldBeLessThan(NotificationDefaults.RegexMatchTimeout);
    }

    [Fact]
    public void Matches_RegexTimesOut_NeitherOperatorHolds()
    {
        // A timeout must not decide for the alert: the route does not take it and it falls back to the parent's receiver.
        LabelMatcher.TryParse("host=~(a|b)*c(a|b)*d", TimeSpan.FromTicks(1), out var matches, out _).ShouldBeTrue();
        LabelMatcher.TryParse("host!~(a|b)*c(a|b)*d", TimeSpan.FromTicks(1), out var doesNotMatch, out _).ShouldBeTrue();
        var huge = Labels(host: new string('a', 2_000_000));

        matches.Matches(huge).ShouldBeFalse();
        doesNotMatch.Matches(huge).ShouldBeFalse();
    }
}
