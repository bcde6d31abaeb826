using System.Security.Cryptography;
using System.Text;

namespace ReplOrchestrator.Api.Security;

/// <summary>
/// Compares a presented key with configured ones in time that does not depend on where they differ. Keys
/// are hashed first so lengths leak nothing either; the presented key is hashed once per request.
/// </summary>
internal static class SecretComparer
{
    public const int HashSize = SHA256.HashSizeInBytes;

    /// <summary>Writes the hash a presented key is compared by.</summary>
    public static void Hash(string key, Span<byte> hash) => SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);

    /// <summary>True when the key hashed to <paramref name="presentedHash"/> equals <paramref name="expected"/>.</summary>
    public static bool KeysMatch(ReadOnlySpan<byte> presentedHash, string expected)
    {
        if (!KeyStrength.IsStrong(expected))
        {
            // An empty configured key would let anyone in, a short one anyone patient: treat it as no key. A host
            // does not start with one; this covers a weak key rotated in while it runs.
            return false;
        }

        Span<byte> right = stackalloc byte[HashSize];
        Hash(expected, right);
        return CryptographicOperations.FixedTimeEquals(presentedHash, right);
    }
}
