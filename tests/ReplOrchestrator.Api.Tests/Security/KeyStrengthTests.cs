using ReplOrchestrator.Api.Security;

namespace ReplOrchestrator.Api.Tests.Security;

public sealed class KeyStrengthTests
{
    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", 128)]
    [InlineData("0123456789ABCDEF0123456789abcdef", 128)]
    [InlineData("0123456789abcdef0123456789abcde", 124)]
    [InlineData("q2dLmV8xT0bR4nF6sY1wZg", 132)]
    [InlineData("q2dLmV8xT0bR4nF6sY1wZg==", 132)]
    [InlineData("q2dLmV8xT0bR4nF6sY1wZ", 126)]
    [InlineData("reader-key-1", 72)]
    [InlineData("", 0)]
    public void Bits_CountsFourPerHexDigitAndSixOtherwise(string key, int bits) => KeyStrength.Bits(key).ShouldBe(bits);

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", true)]
    [InlineData("0123456789abcdef0123456789abcde", false)]
    [InlineData("q2dLmV8xT0bR4nF6sY1wZg==", true)]
    [InlineData("q2dLmV8xT0bR4nF6sY1w====", false)]
    [InlineData("key-of-a", false)]
    public void IsStrong_AtLeast128Bits(string key, bool strong) => KeyStrength.IsStrong(key).ShouldBe(strong);
}
