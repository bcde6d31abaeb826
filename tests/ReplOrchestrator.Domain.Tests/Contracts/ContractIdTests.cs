using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Domain.Tests.Contracts;

public sealed class ContractIdTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("appl-contoso-01")]
    [InlineData("VM_1.2")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public void IsValid_SafeId_IsTrue(string id) => ContractId.IsValid(id).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("01234567890123456789012345678901234567890123456789012345678901234")]
    [InlineData("vm:1")]
    [InlineData("vm/1")]
    [InlineData("vm\\1")]
    [InlineData("vm?1")]
    [InlineData("vm#1")]
    [InlineData("vm 1")]
    [InlineData("vm\n1")]
    [InlineData("vmé")]
    public void IsValid_UnsafeId_IsFalseAndExplained(string? id)
    {
        ContractId.IsValid(id).ShouldBeFalse();
        ContractId.Explain(id).ShouldNotBeNull();
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void IsValid_DotSegment_IsFalse_BecauseAUrlCannotCarryIt(string id)
    {
        // Clients and servers normalise "/vms/.." away (RFC 3986, 5.2.4), so such a VM could never be read back.
        ContractId.IsValid(id).ShouldBeFalse();
        ContractId.Explain(id).ShouldNotBeNull().ShouldContain("'.' or '..'");
    }

    [Theory]
    [InlineData("...")]
    [InlineData(".vm")]
    [InlineData("vm..1")]
    public void IsValid_DotsBesideOtherCharacters_StaysTrue(string id) => ContractId.IsValid(id).ShouldBeTrue();

    [Fact]
    public void Explain_ControlCharacter_IsNotEchoed() =>
        ContractId.Explain("vm\u0007x").ShouldNotBeNull().ShouldNotContain("\u0007");

    [Fact]
    public void Ensure_UnsafeId_ThrowsNamingTheParameter() =>
        Should.Throw<ArgumentException>(() => ContractId.Ensure("a:b", "vmId")).ParamName.ShouldBe("vmId");
}
