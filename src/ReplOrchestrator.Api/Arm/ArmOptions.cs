using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// Which Recovery Services vaults the ARM source watches and how often: section <c>Repl:Arm</c>. The source is off
/// while <see cref="Vaults"/> is empty.
/// </summary>
public sealed record ArmOptions : IValidatedOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Repl:Arm";

    /// <summary>
    /// Resource ids of the Azure Migrate projects' Recovery Services vaults, e.g.
    /// <c>/subscriptions/{id}/resourceGroups/{group}/providers/Microsoft.RecoveryServices/vaults/{name}</c>.
    /// </summary>
    /// <value>Empty by default: nothing is polled.</value>
    public IReadOnlyList<string> Vaults { get; init; } = [];

    /// <summary>
    /// The same as <see cref="Vaults"/> in one value, ids separated by commas: the form one app setting carries
    /// (<c>Repl__Arm__VaultIds</c>, which the Bicep template sets). Both may be given; the vaults are their union.
    /// </summary>
    public string? VaultIds { get; init; }

    /// <summary>
    /// How often each vault is listed. ARM read quotas are per subscription and per principal, so each poll costs two
    /// list calls per vault, its migration items and its new events (and one per further page). Must stay under the
    /// appliance heartbeat timeout, since each poll is the vault's heartbeat.
    /// </summary>
    /// <value>
    /// Defaults to 5 minutes; 1 minute to 1 hour. With a loopback <see cref="Endpoint"/> (a stand-in on this machine,
    /// which has no quota to spare, as the demo runs) from 1 second.
    /// </value>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The Resource Manager endpoint, for sovereign clouds (e.g. <c>https://management.usgovcloudapi.net</c>) and tests.</summary>
    /// <value><see langword="null"/>: Azure public cloud.</value>
    public Uri? Endpoint { get; init; }

    /// <summary>The token audience for <see cref="Endpoint"/>; required with it (e.g. <c>https://management.usgovcloudapi.net</c>).</summary>
    public string? Audience { get; init; }

    /// <summary>Whether any vault is configured.</summary>
    public bool IsEnabled => AllVaultIds().Count > 0;

    /// <summary>The configured vaults, parsed; call after <see cref="Validate"/> found nothing.</summary>
    public IReadOnlyList<ArmVault> ParsedVaults() => [.. AllVaultIds().Select(v => ArmVault.TryParse(v, out var vault, out _) ? vault! : throw new InvalidOperationException(v))];

    private List<string> AllVaultIds() =>
        [.. Vaults.Concat((VaultIds ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <inheritdoc/>
    public IReadOnlyList<string> Validate()
    {
        var fastest = Endpoint is { IsAbsoluteUri: true, IsLoopback: true } ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1);
        var rules = new OptionRules().Between(nameof(PollInterval), PollInterval, fastest, TimeSpan.FromHours(1));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var vaults = AllVaultIds();
        for (var i = 0; i < vaults.Count; i++)
        {
            if (!ArmVault.TryParse(vaults[i], out var vault, out var problem))
            {
                rules.Require(false, $"vault '{vaults[i]}' {problem}");
            }
            else
            {
                // Each vault becomes the appliance arm-{name}: two vaults of one name would report as one.
                rules.Require(names.Add(vault!.Name), $"vault '{vaults[i]}' names vault '{vault.Name}' a second time (vault names must be unique across the watched vaults)");
            }
        }

        rules.Require(Endpoint is null || (Endpoint.IsAbsoluteUri && Endpoint.Scheme == Uri.UriSchemeHttps), $"{nameof(Endpoint)} must be an absolute https URL");
        rules.Require(Endpoint is null || !string.IsNullOrWhiteSpace(Audience), $"{nameof(Audience)} is required with {nameof(Endpoint)}");
        return rules.Problems;
    }
}
