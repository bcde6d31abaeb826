using System.Net;
using System.Net.Sockets;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>
/// Decides whether the monitor may connect to an address a probe target resolved to: only public unicast addresses,
/// so an appliance cannot point the server at itself, its own network or the platform's services.
/// </summary>
/// <remarks>
/// Refused: unspecified (<c>0.0.0.0/8</c>, <c>::</c>), loopback (<c>127.0.0.0/8</c>, <c>::1</c>), private
/// (<c>10.0.0.0/8</c>, <c>172.16.0.0/12</c>, <c>192.168.0.0/16</c>, the shared <c>100.64.0.0/10</c>, unique-local
/// <c>fc00::/7</c>, site-local <c>fec0::/10</c>), link-local (<c>169.254.0.0/16</c> with the instance metadata
/// service, <c>fe80::/10</c>), multicast (<c>224.0.0.0/4</c>, <c>ff00::/8</c>), reserved (<c>240.0.0.0/4</c> with
/// the broadcast address, IPv4-compatible <c>::/96</c>, Teredo <c>2001::/32</c>) and Azure's platform address
/// <c>168.63.129.16</c>. An IPv4 address inside IPv6 (mapped <c>::ffff:0:0/96</c>, NAT64 <c>64:ff9b::/96</c>, 6to4
/// <c>2002::/16</c>) is judged as that IPv4 address.
/// </remarks>
public static class ProbeAddressRules
{
    private static readonly IPAddress s_azurePlatform = IPAddress.Parse("168.63.129.16");

    /// <summary>What kind of address <paramref name="address"/> is when the monitor must not connect to it ("loopback"), else null.</summary>
    public static string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IPv4(address),
            AddressFamily.InterNetworkV6 => IPv6(address),
            _ => "not an IP address",
        };
    }

    /// <summary>The first refusal among <paramref name="addresses"/>, or null when every one may be connected to.</summary>
    public static string? Refusal(IEnumerable<IPAddress> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        return addresses.Select(Refusal).FirstOrDefault(reason => reason is not null);
    }

    private static string? IPv4(IPAddress address)
    {
        Span<byte> b = stackalloc byte[4];
        address.TryWriteBytes(b, out _);
        return b[0] switch
        {
            0 => "unspecified",
            127 => "loopback",
            10 => "private",
            172 when (b[1] & 0xF0) == 16 => "private",
            192 when b[1] == 168 => "private",
            100 when (b[1] & 0xC0) == 64 => "private",
            169 when b[1] == 254 => "link-local",
            >= 224 and < 240 => "multicast",
            >= 240 => "reserved",
            _ when address.Equals(s_azurePlatform) => "Azure's platform address",
            _ => null,
        };
    }

    private static string? IPv6(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return IPv4(address.MapToIPv4());
        }

        Span<byte> b = stackalloc byte[16];
        address.TryWriteBytes(b, out _);
        if (b[..12].IndexOfAnyExcept((byte)0) < 0)
        {
            return address.Equals(IPAddress.IPv6Any) ? "unspecified" : address.Equals(IPAddress.IPv6Loopback) ? "loopback" : "reserved";
        }

        if (b[..12].SequenceEqual(Nat64Prefix))
        {
            return IPv4(new IPAddress(b[12..]));
        }

        return b[0] switch
        {
            0x20 when b[1] == 0x02 => IPv4(new IPAddress(b[2..6])),
            0xFF => "multicast",
            0xFE when (b[1] & 0xC0) == 0x80 => "link-local",
            0xFE when (b[1] & 0xC0) == 0xC0 => "private",
            0xFC or 0xFD => "private",
            _ when address.IsIPv6Teredo => "reserved",
            _ => null,
        };
    }

    // 64:ff9b::/96, the well-known NAT64 prefix.
    private static ReadOnlySpan<byte> Nat64Prefix => [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0];
}
