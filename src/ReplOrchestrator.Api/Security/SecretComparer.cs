using System.Security.Cryptography;
using System.Text;

namespace ReplOrchestrator.Api.Security;

/// <summary>Compares presented keys with configured ones in time that does not depend on where they differ.</summary>
internal static class SecretComparer
{
    /// <summary>True when the two keys are equal. Both are hashed first so lengths leak nothing either.</summary>
    public static bool KeysMatch(string presented, string expected)
    {
        if (expected.Length == 0)
        {
            // An empty configured key would let anyone in: treat it as no key.
            return false;
        }

        Span<byte> left = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> right = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), left);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), right);
        return CryptographicOperations.FixedTimeEquals(left, right);
    }
}
