using Microsoft.Extensions.Configuration;

namespace ReplOrchestrator.Api.Security;

/// <summary>Every key in configuration by its path, so a weak one can be named without showing it.</summary>
internal static class ConfiguredKeys
{
    /// <summary>
    /// The configuration paths of keys that break <see cref="KeyStrength"/>: appliance keys
    /// (<c>Repl:Appliances:{n}:Key</c>), reader keys (<c>Repl:ApiKeys:{n}</c>) and operator keys
    /// (<c>Repl:OperatorKeys:{n}</c>). An empty entry is no key at all, as the authenticators treat it, and is not listed.
    /// </summary>
    public static IReadOnlyList<string> WeakKeyPaths(IConfiguration configuration)
    {
        var section = configuration.GetSection(AccessOptions.Section);
        var keys = section.GetSection(nameof(AccessOptions.Appliances)).GetChildren().Select(appliance => appliance.GetSection(nameof(ApplianceCredential.Key)))
            .Concat(section.GetSection(nameof(AccessOptions.ApiKeys)).GetChildren())
            .Concat(section.GetSection(nameof(AccessOptions.OperatorKeys)).GetChildren());
        return [.. keys.Where(key => !string.IsNullOrEmpty(key.Value) && !KeyStrength.IsStrong(key.Value)).Select(key => key.Path)];
    }

    /// <summary>Stops a host whose configuration holds a weak key, naming each by its path in one line.</summary>
    /// <exception cref="ArgumentException">At least one key is too short.</exception>
    public static void ThrowIfAnyWeak(IConfiguration configuration)
    {
        var weak = WeakKeyPaths(configuration);
        if (weak.Count > 0)
        {
            throw new ArgumentException($"Too short to be a key: {string.Join(", ", weak)}; {KeyStrength.Requirement}.");
        }
    }
}
