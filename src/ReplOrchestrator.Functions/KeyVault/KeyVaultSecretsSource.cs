using Azure.Core;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ReplOrchestrator.Functions.KeyVault;

/// <summary>Adds Key Vault secrets to configuration (see <see cref="KeyVaultSecretsProvider"/>).</summary>
internal sealed class KeyVaultSecretsSource(Uri vaultUri, TokenCredential credential) : IConfigurationSource
{
    /// <summary>The setting that turns Key Vault on: the vault's URI.</summary>
    public const string UriSetting = "Repl:KeyVault:Uri";

    /// <summary>How often secrets are read again.</summary>
    /// <value>Defaults to 5 minutes.</value>
    public TimeSpan ReloadInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Client options (retries, transport); tests point the transport at a loopback vault.</summary>
    public SecretClientOptions ClientOptions { get; init; } = new();

    /// <summary>The clock the refresh timer runs on.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where refresh outcomes are logged (never values).</summary>
    public ILogger Logger { get; init; } = NullLogger.Instance;

    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder) =>
        new KeyVaultSecretsProvider(new SecretClient(vaultUri, credential, ClientOptions), ReloadInterval, Time, Logger);
}
