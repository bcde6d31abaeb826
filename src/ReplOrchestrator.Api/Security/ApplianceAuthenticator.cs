using Microsoft.Extensions.Options;

namespace ReplOrchestrator.Api.Security;

/// <summary>Checks <c>x-appliance-key</c> against the configured appliance keys (read on every call, so rotation needs no restart).</summary>
public sealed class ApplianceAuthenticator(IOptionsMonitor<AccessOptions> options)
{
    /// <summary>The header appliances present their key in.</summary>
    public const string Header = "x-appliance-key";

    /// <summary>Decides whether <paramref name="presentedKey"/> may report for <paramref name="applianceId"/>.</summary>
    public ApplianceAuthentication Authenticate(string? presentedKey, string applianceId)
    {
        if (string.IsNullOrEmpty(presentedKey))
        {
            return ApplianceAuthentication.MissingKey;
        }

        // Every configured key is compared, so the time taken does not reveal which one matched.
        ApplianceCredential? owner = null;
        foreach (var credential in options.CurrentValue.Appliances)
        {
            if (SecretComparer.KeysMatch(presentedKey, credential.Key))
            {
                owner ??= credential;
            }
        }

        return owner is null
            ? ApplianceAuthentication.UnknownKey
            : string.Equals(owner.Id, applianceId, StringComparison.Ordinal) ? ApplianceAuthentication.Authenticated : ApplianceAuthentication.WrongAppliance;
    }

    /// <summary>The appliance a key belongs to, or null; for requests that name no appliance.</summary>
    public string? FindAppliance(string? presentedKey) =>
        string.IsNullOrEmpty(presentedKey)
            ? null
            : options.CurrentValue.Appliances.FirstOrDefault(c => SecretComparer.KeysMatch(presentedKey, c.Key))?.Id;
}
