namespace ReplOrchestrator.Agent.Security;

/// <summary>The key from an owner-only file (<c>keyFile</c>).</summary>
internal sealed class KeyFileSource(string path) : IApplianceKeySource
{
    /// <inheritdoc/>
    public ApplianceKey Read() => new(ProtectedFile.ReadSecret(path, "key file"));
}
