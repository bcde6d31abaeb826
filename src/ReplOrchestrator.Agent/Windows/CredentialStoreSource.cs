using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using ReplOrchestrator.Agent.Configuration;
using ReplOrchestrator.Agent.Security;

namespace ReplOrchestrator.Agent.Windows;

/// <summary>
/// The key from a generic credential in the Windows credential store (<c>keyCredential</c>), as
/// <c>cmdkey /generic:&lt;target&gt; /user:repl-agent /pass:&lt;key&gt;</c> stores it, for the account the service runs as.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed partial class CredentialStoreSource(string target) : IApplianceKeySource
{
    private const uint GenericCredential = 1;

    /// <inheritdoc/>
    public ApplianceKey Read()
    {
        if (!CredRead(target, GenericCredential, 0, out var handle))
        {
            throw new AgentConfigurationException($"keyCredential '{target}': not found in this account's credential store (error {Marshal.GetLastPInvokeError()})");
        }

        try
        {
            var credential = Marshal.PtrToStructure<NativeCredential>(handle);
            var key = credential.CredentialBlobSize == 0 ? "" : Marshal.PtrToStringUni(credential.CredentialBlob, (int)credential.CredentialBlobSize / 2).Trim();
            return key.Length > 0 ? new ApplianceKey(key) : throw new AgentConfigurationException($"keyCredential '{target}': the credential holds no password");
        }
        finally
        {
            CredFree(handle);
        }
    }

    [LibraryImport("advapi32.dll", EntryPoint = "CredReadW", StringMarshalling = StringMarshalling.Utf16, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CredRead(string target, uint type, uint flags, out nint credential);

    [LibraryImport("advapi32.dll")]
    private static partial void CredFree(nint buffer);

    [StructLayout(LayoutKind.Sequential)]
    private struct NativeCredential
    {
        public uint Flags;
        public uint Type;
        public nint TargetName;
        public nint Comment;
        public long LastWritten;
        public uint CredentialBlobSize;
        public nint CredentialBlob;
        public uint Persist;
        public uint AttributeCount;
        public nint Attributes;
        public nint TargetAlias;
        public nint UserName;
    }
}
