using Microsoft.Extensions.Options;

namespace ReplOrchestrator.Api.Security;

/// <summary>
/// Checks <c>x-api-key</c> against <see cref="AccessOptions.ApiKeys"/> (read) and <see cref="AccessOptions.OperatorKeys"/>
/// (read and change), read on every call so a rotated key needs no restart.
/// </summary>
public sealed class ApiKeyAuthenticator(IOptionsMonitor<AccessOptions> options)
{
    /// <summary>The header readers and operators present their key in.</summary>
    public const string Header = "x-api-key";

    /// <summary>What <paramref name="presentedKey"/> allows.</summary>
    public ApiAccess Access(string? presentedKey)
    {
        if (string.IsNullOrEmpty(presentedKey))
        {
            return ApiAccess.None;
        }

        // Every configured key is compared, so the time taken does not reveal which one matched, nor its tier.
        Span<byte> presented = stackalloc byte[SecretComparer.HashSize];
        SecretComparer.Hash(presentedKey, presented);
        var keys = ConfiguredKeyHashes.Of(options.CurrentValue);
        var reader = false;
        foreach (var key in keys.Readers)
        {
            reader |= SecretComparer.KeysMatch(presented, key);
        }

        var @operator = false;
        foreach (var key in keys.Operators)
        {
            @operator |= SecretComparer.KeysMatch(presented, key);
        }

        return @operator ? ApiAccess.Operate : reader ? ApiAccess.Read : ApiAccess.None;
    }
}
