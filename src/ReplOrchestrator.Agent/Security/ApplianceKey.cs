namespace ReplOrchestrator.Agent.Security;

/// <summary>The appliance key; its text leaves only in the <c>x-appliance-key</c> header.</summary>
/// <remarks><see cref="ToString"/> hides the value, so a key passed to a logger or an interpolated message prints no secret.</remarks>
internal sealed class ApplianceKey(string value)
{
    /// <summary>The key, for the request header only.</summary>
    public string Reveal() => value;

    /// <inheritdoc/>
    public override string ToString() => "(appliance key)";
}
