using System.Net;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Tests.Probes;

public sealed class ProbeAddressRulesTests
{
    [Theory]
    [InlineData("0.0.0.0", "unspecified")]
    [InlineData("0.1.2.3", "unspecified")]
    [InlineData("127.0.0.1", "loopback")]
    [InlineData("127.255.255.254", "loopback")]
    [InlineData("10.0.0.1", "private")]
    [InlineData("172.16.0.1", "private")]
    [InlineData("172.31.255.255", "private")]
    [InlineData("192.168.1.1", "private")]
    [InlineData("100.64.0.1", "private")]
    [InlineData("100.127.255.255", "private")]
    [InlineData("169.254.169.254", "link-local")]
    [InlineData("224.0.0.1", "multicast")]
    [InlineData("239.255.255.250", "multicast")]
    [InlineData("240.0.0.1", "reserved")]
    [InlineData("255.255.255.255", "reserved")]
    [InlineData("168.63.129.16", "Azure's platform address")]
    [InlineData("::", "unspecified")]
    [InlineData("::1", "loopback")]
    [InlineData("::127.0.0.1", "reserved")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("::ffff:10.1.2.3", "private")]
    [InlineData("64:ff9b::a9fe:a9fe", "link-local")]
    [InlineData("2002:7f00:1::1", "loopback")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("fec0::1", "private")]
    [InlineData("fc00::1", "private")]
    [InlineData("fd12:3456::1", "private")]
    [InlineData("ff02::1", "multicast")]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", "reserved")]
    public void Refusal_AddressThatIsNotPublic_NamesItsKind(string address, string kind) =>
        ProbeAddressRules.Refusal(IPAddress.Parse(address)).ShouldBe(kind);

    [Theory]
    [InlineData("20.60.40.4")]
    [InlineData("52.239.170.36")]
    [InlineData("172.15.255.255")]
    [InlineData("172.32.0.1")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("168.63.129.17")]
    [InlineData("223.255.255.255")]
    [InlineData("2603:1030:20e:3::23c")]
    [InlineData("::ffff:20.60.40.4")]
    [InlineData("2002:143c:2804::1")]
    public void Refusal_PublicUnicastAddress_IsNull(string address) =>
        ProbeAddressRules.Refusal(IPAddress.Parse(address)).ShouldBeNull();

    [Fact]
    public void Refusal_AnyOfSeveralAddressesNotPublic_RefusesTheName() =>
        ProbeAddressRules.Refusal([IPAddress.Parse("20.60.40.4"), IPAddress.Parse("10.0.0.4")]).ShouldBe("private");

    [Fact]
    public void Refusal_NoAddresses_IsNull() => ProbeAddressRules.Refusal([]).ShouldBeNull();
}
