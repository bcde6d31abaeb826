using FsCheck;
using FsCheck.Fluent;
using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.DurableTask.Tests.Abstractions;

public sealed class RetryPolicyTests
{
    private static readonly TaskFailureDetails s_timeout = new("System.TimeoutException", "timed out");

    [Fact]
    public void GetDelay_ExponentialBackoff_DoublesUntilTheCap()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(5), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromSeconds(30));

        Enumerable.Range(1, 5).Select(policy.GetDelay).ShouldBe(
            [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)]);
    }

    [Fact]
    public void GetDelay_HugeRetryNumber_SaturatesAtTheCap()
    {
        var policy = new RetryPolicy(int.MaxValue, TimeSpan.FromMinutes(1), backoffCoefficient: 10, maxRetryInterval: TimeSpan.FromDays(2));

        policy.GetDelay(int.MaxValue).ShouldBe(TimeSpan.FromDays(2));
    }

    [Fact]
    public void GetDelay_AnyPolicyAndRetry_StartsAtTheFirstIntervalGrowsMonotonicallyAndNeverPassesTheCap()
    {
        var policies =
            from firstSeconds in Gen.Choose(1, 3600)
            from coefficientTenths in Gen.Choose(10, 50)
            from extraSeconds in Gen.Choose(0, 86_400)
            select new RetryPolicy(100, TimeSpan.FromSeconds(firstSeconds), coefficientTenths / 10.0, TimeSpan.FromSeconds(firstSeconds + extraSeconds));
        var cases = Gen.Zip(policies, Gen.Choose(1, 99));

        Prop.ForAll(cases.ToArbitrary(), ((RetryPolicy Policy, int Retry) c) =>
            c.Policy.GetDelay(1) == c.Policy.FirstRetryInterval
            && c.Policy.GetDelay(c.Retry) <= c.Policy.GetDelay(c.Retry + 1)
            && c.Policy.GetDelay(c.Retry) <= c.Policy.MaxRetryInterval
            && c.Policy.GetDelay(c.Retry) >= c.Policy.FirstRetryInterval).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void GetNextDelay_AttemptsLeft_GivesTheDelayForThatRetry()
    {
        var policy = new RetryPolicy(3, TimeSpan.FromSeconds(10));

        policy.GetNextDelay(1, TimeSpan.Zero, s_timeout).ShouldBe(TimeSpan.FromSeconds(10));
        policy.GetNextDelay(2, TimeSpan.FromSeconds(10), s_timeout).ShouldBe(TimeSpan.FromSeconds(20));
        policy.GetNextDelay(3, TimeSpan.FromSeconds(30), s_timeout).ShouldBeNull();
    }

    [Fact]
    public void GetNextDelay_NextAttemptWouldStartAfterTheTimeout_GivesUp()
    {
        var policy = new RetryPolicy(10, TimeSpan.FromSeconds(10), retryTimeout: TimeSpan.FromMinutes(1));

        policy.GetNextDelay(2, TimeSpan.FromSeconds(40), s_timeout).ShouldBe(TimeSpan.FromSeconds(20));
        policy.GetNextDelay(2, TimeSpan.FromSeconds(41), s_timeout).ShouldBeNull();
    }

    [Fact]
    public void GetNextDelay_NonRetriableOrDeclinedFailure_GivesUp()
    {
        var policy = new RetryPolicy(5, TimeSpan.FromSeconds(1)) { ShouldRetry = f => f.ErrorType != "Auth" };

        policy.GetNextDelay(1, TimeSpan.Zero, s_timeout with { IsNonRetriable = true }).ShouldBeNull();
        policy.GetNextDelay(1, TimeSpan.Zero, new TaskFailureDetails("Auth", "denied")).ShouldBeNull();
        policy.GetNextDelay(1, TimeSpan.Zero, s_timeout).ShouldBe(TimeSpan.FromSeconds(1));
    }

    [Theory]
    [InlineData(0, 1, 2.0, 60)]
    [InlineData(1, 0, 2.0, 60)]
    [InlineData(1, 1, 0.5, 60)]
    [InlineData(1, 10, 2.0, 5)]
    public void Ctor_OutOfRange_Throws(int attempts, int firstSeconds, double coefficient, int maxSeconds)
    {
        Should.Throw<ArgumentOutOfRangeException>(() =>
            new RetryPolicy(attempts, TimeSpan.FromSeconds(firstSeconds), coefficient, TimeSpan.FromSeconds(maxSeconds)));
    }

    [Fact]
    public void Ctor_Defaults_DoubleEachTimeUpToAnHourWithoutTimeout()
    {
        var policy = new RetryPolicy(3, TimeSpan.FromSeconds(1));

        policy.BackoffCoefficient.ShouldBe(2.0);
        policy.MaxRetryInterval.ShouldBe(TimeSpan.FromHours(1));
        policy.RetryTimeout.ShouldBe(Timeout.InfiniteTimeSpan);
    }
}
