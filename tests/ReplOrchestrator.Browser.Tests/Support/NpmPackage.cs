namespace ReplOrchestrator.Browser.Tests.Support;

/// <summary>One exact version of a package on the npm registry, pinned by the integrity the registry publishes for it.</summary>
/// <param name="Name">The package name, unscoped.</param>
/// <param name="Version">The exact version.</param>
/// <param name="Integrity">The registry's <c>dist.integrity</c>: <c>sha512-</c> and the tarball's base64 SHA-512.</param>
internal sealed record NpmPackage(string Name, string Version, string Integrity)
{
    /// <summary>Where the registry serves the tarball.</summary>
    public Uri Tarball => new($"https://registry.npmjs.org/{Name}/-/{FileName}");

    /// <summary>The tarball's file name.</summary>
    public string FileName => $"{Name}-{Version}.tgz";

    /// <summary>The SHA-512 the tarball must have.</summary>
    public byte[] Sha512 => Integrity.StartsWith("sha512-", StringComparison.Ordinal)
        ? Convert.FromBase64String(Integrity["sha512-".Length..])
        : throw new InvalidOperationException($"{Name} {Version}: pin a sha512 integrity, not '{Integrity}'.");
}
