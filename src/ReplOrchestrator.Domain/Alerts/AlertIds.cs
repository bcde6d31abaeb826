using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>Derives alert ids from their content, so replayed orchestrations produce the same id.</summary>
public static class AlertIds
{
    /// <summary>
    /// The id of the firing episode of <paramref name="key"/> that began at <paramref name="firstSeen"/>:
    /// a UUID (RFC 9562 version 8) made from the SHA-256 of both. The same key firing again after it
    /// resolved gets a new id, because its episode begins later.
    /// </summary>
    public static string For(AlertKey key, DateTimeOffset firstSeen)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{key}|{firstSeen.UtcTicks}")), hash);

        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8: custom
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // variant: RFC 9562
        return new Guid(bytes, bigEndian: true).ToString("D", CultureInfo.InvariantCulture);
    }
}
