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

    /// <summary>True when the key hashed to <paramref name="presentedHash"/> is the one hashed to <paramref name="expectedHash"/>.</summary>
    public static bool KeysMatch(ReadOnlySpan<byte> presentedHash, ReadOnlySpan<byte> expectedHash) =>
        CryptographicOperations.FixedTimeEquals(presentedHash, expectedHash);
}
