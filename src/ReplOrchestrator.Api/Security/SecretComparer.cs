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
        if (expected.Length == 0)
        {
            // An empty configured key would let anyone in: treat it as no key.
            return false;
        }

        Span<byte> right = stackalloc byte[HashSize];
        Hash(expected, right);
        return CryptographicOperations.FixedTimeEquals(presentedHash, right);
    }
}
