namespace ReplOrchestrator.Functions.KeyVault;

/// <summary>
/// Maps Key Vault secret names to configuration keys. Secret names allow only letters, digits and
/// dashes, so <c>--</c> stands for the configuration separator: <c>Repl--Appliances--0--Key</c> is
/// <c>Repl:Appliances:0:Key</c>.
/// </summary>
internal static class KeyVaultSecretName
{
    /// <summary>Only secrets under this prefix are read: the vault may hold other applications' secrets.</summary>
    public const string Prefix = "Repl--";

    /// <summary>The configuration key for a secret name, or null when the secret is not ours.</summary>
    public static string? ToConfigurationKey(string secretName) =>
        secretName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            ? secretName.Replace("--", ":", StringComparison.Ordinal)
            : null;
}
