using Microsoft.Extensions.Options;

namespace ReplOrchestrator.Api.Security;

/// <summary>Checks <c>x-appliance-key</c> against the configured appliance keys (read on every call, so rotation needs no restart).</summary>
public sealed class ApplianceAuthenticator(IOptionsMonitor<AccessOptions> options)
{
    /// <summary>The header appliances present their key in.</summary>
    public const string Header = "x-appliance-key";

    /// <summary>Decides whether <paramref name="presentedKey"/> may report for <paramref name="applianceId"/>.</summary>
    public ApplianceAuthentication Authenticate(string? presentedKey, string applianceId) =>
        string.IsNullOrEmpty(presentedKey) ? ApplianceAuthentication.MissingKey : Claim(FindAppliance(presentedKey), applianceId);

    /// <summary>Whether the owner <see cref="FindAppliance"/> found may report for <paramref name="applianceId"/>.</summary>
    public static ApplianceAuthentication Claim(string? owner, string applianceId) =>
        owner is null ? ApplianceAuthentication.UnknownKey
        : string.Equals(owner, applianceId, StringComparison.Ordinal) ? ApplianceAuthentication.Authenticated
        : ApplianceAuthentication.WrongAppliance;

    /// <summary>The appliance a key belongs to, or null.</summary>
    public string? FindAppliance(string? presentedKey)
    {
        if (string.IsNullOrEmpty(presentedKey))
        {
            return null;
        }

        // Every configured key is compared, so the time taken does not reveal which one matched.
        Span<byte> presented = stackalloc byte[SecretComparer.HashSize];
        SecretComparer.Hash(presentedKey, presented);
        string? owner = null;
        foreach (var (id, hash) in ConfiguredKeyHashes.Of(options.CurrentValue).Appliances)
        {
            if (SecretComparer.KeysMatch(presented, hash))
            {
                owner ??= id;
            }
        }

        return owner;
    }
}
