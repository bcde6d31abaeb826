namespace ReplOrchestrator.Api.Security;

/// <summary>One appliance's identity and the key it presents in <c>x-appliance-key</c>.</summary>
public sealed class ApplianceCredential
{
    /// <summary>The appliance id the key belongs to.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The key; a secret (from Key Vault in Azure, configuration locally).</summary>
    public string Key { get; set; } = string.Empty;

    // Keys are secrets: never printed.
    /// <inheritdoc />
    public override string ToString() => $"ApplianceCredential {{ Id = {Id} }}";
}
