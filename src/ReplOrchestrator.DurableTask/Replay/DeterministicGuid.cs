using System.Security.Cryptography;
using System.Text;

namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>Name-based UUIDs (RFC 9562 version 5: SHA-1 over namespace and name).</summary>
internal static class DeterministicGuid
{
    /// <summary>
    /// The namespace of orchestration GUIDs (protocol.md §4 rule 13). Frozen: a different namespace
    /// gives in-flight instances different ids on replay.
    /// </summary>
    public static readonly Guid OrchestrationNamespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

    public static Guid Create(Guid namespaceId, string name)
    {
        var nameLength = Encoding.UTF8.GetByteCount(name);
        var buffer = nameLength <= 512 ? stackalloc byte[16 + nameLength] : new byte[16 + nameLength];
        namespaceId.TryWriteBytes(buffer, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, buffer[16..]);

        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // SHA-1 is what version 5 UUIDs are defined with; nothing here is secret.
        SHA1.HashData(buffer, hash);
#pragma warning restore CA5350

        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
