using System.Runtime.CompilerServices;

namespace ReplOrchestrator.Api.Security;

/// <summary>
/// The hashes of the strong configured keys, computed once per configuration snapshot rather than on every
/// request. A weak key is left out, so it matches nothing: a host does not start with one, and this covers
/// one rotated in while it runs.
/// </summary>
internal sealed class ConfiguredKeyHashes
{
    // A rotated key reloads the options, which gives a new snapshot object and so a new table.
    private static readonly ConditionalWeakTable<AccessOptions, ConfiguredKeyHashes> s_tables = [];

    private ConfiguredKeyHashes(AccessOptions options)
    {
        Appliances = [.. options.Appliances.Where(c => KeyStrength.IsStrong(c.Key)).Select(c => (c.Id, Hash(c.Key)))];
        Readers = [.. options.ApiKeys.Where(KeyStrength.IsStrong).Select(Hash)];
        Operators = [.. options.OperatorKeys.Where(KeyStrength.IsStrong).Select(Hash)];
    }

    public IReadOnlyList<(string Id, byte[] Hash)> Appliances { get; }

    public IReadOnlyList<byte[]> Readers { get; }

    public IReadOnlyList<byte[]> Operators { get; }

    public static ConfiguredKeyHashes Of(AccessOptions options) => s_tables.GetValue(options, o => new ConfiguredKeyHashes(o));

    private static byte[] Hash(string key)
    {
        var hash = new byte[SecretComparer.HashSize];
        SecretComparer.Hash(key, hash);
        return hash;
    }
}
