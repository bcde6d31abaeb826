using Microsoft.Extensions.Options;

namespace ReplOrchestrator.Api.Security;

/// <summary>Checks <c>x-api-key</c> against <see cref="AccessOptions.ApiKeys"/>.</summary>
public sealed class ApiKeyAuthenticator(IOptionsMonitor<AccessOptions> options)
{
    /// <summary>The header readers present their key in.</summary>
    public const string Header = "x-api-key";

    /// <summary>True when the key is one of the configured API keys.</summary>
    public bool IsValid(string? presentedKey)
    {
        if (string.IsNullOrEmpty(presentedKey))
        {
            return false;
        }

        Span<byte> presented = stackalloc byte[SecretComparer.HashSize];
        SecretComparer.Hash(presentedKey, presented);
        var valid = false;
        foreach (var key in options.CurrentValue.ApiKeys)
        {
            valid |= SecretComparer.KeysMatch(presented, key);
        }

        return valid;
    }
}
