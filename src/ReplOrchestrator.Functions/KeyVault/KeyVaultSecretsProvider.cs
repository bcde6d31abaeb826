using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace ReplOrchestrator.Functions.KeyVault;

/// <summary>
/// Configuration read from Key Vault: every enabled secret whose name starts with
/// <see cref="KeyVaultSecretName.Prefix"/>, cached in memory and read again every
/// <c>reloadInterval</c> so a rotated appliance key takes effect without a restart.
/// </summary>
/// <remarks>
/// Values never reach a log or an exception message: a failed refresh keeps the last good values and
/// reports only the failure's type and status.
/// </remarks>
internal sealed partial class KeyVaultSecretsProvider : ConfigurationProvider, IDisposable
{
    private readonly SecretClient _client;
    private readonly ILogger _logger;
    private readonly ITimer? _timer;
    private readonly Lock _reloadGate = new();

    public KeyVaultSecretsProvider(SecretClient client, TimeSpan reloadInterval, TimeProvider time, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(time);
        _client = client;
        _logger = logger;
        if (reloadInterval > TimeSpan.Zero)
        {
            _timer = time.CreateTimer(_ => Refresh(), null, reloadInterval, reloadInterval);
        }
    }

    /// <inheritdoc />
    public override void Load() => Data = Read();

    /// <inheritdoc />
    public void Dispose() => _timer?.Dispose();

    private void Refresh()
    {
        lock (_reloadGate)
        {
            try
            {
                var fresh = Read();
                if (!SameAs(fresh))
                {
                    Data = fresh;
                    LogRefreshed(fresh.Count);
                    OnReload();
                }
            }
            catch (Azure.RequestFailedException e)
            {
                LogRefreshFailed(e.Status, e.ErrorCode ?? e.GetType().Name);
            }
            catch (Exception e)
            {
                // A timer callback that throws takes the process down; a token that cannot be refreshed
                // (AuthenticationFailedException) or a broken connection must only cost this refresh.
                LogRefreshBroke(e.GetType().Name);
            }
        }
    }

    private Dictionary<string, string?> Read()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var properties in _client.GetPropertiesOfSecrets())
        {
            if (properties.Enabled == false || KeyVaultSecretName.ToConfigurationKey(properties.Name) is not { } key)
            {
                continue;
            }

            data[key] = _client.GetSecret(properties.Name).Value.Value;
        }

        return data;
    }

    private bool SameAs(Dictionary<string, string?> fresh) =>
        fresh.Count == Data.Count && fresh.All(pair => Data.TryGetValue(pair.Key, out var value) && string.Equals(value, pair.Value, StringComparison.Ordinal));

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Key Vault configuration refreshed: {Count} values")]
    private partial void LogRefreshed(int count);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Key Vault refresh failed (HTTP {Status}, {Error}); keeping the last values read")]
    private partial void LogRefreshFailed(int status, string error);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Warning, Message = "Key Vault refresh failed ({Error}); keeping the last values read")]
    private partial void LogRefreshBroke(string error);
}
