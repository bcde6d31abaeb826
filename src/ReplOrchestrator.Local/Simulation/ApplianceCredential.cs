namespace ReplOrchestrator.Local.Simulation;

/// <summary>An appliance's id and the key it sends in <c>x-appliance-key</c>; the key is a secret.</summary>
/// <param name="Id">The appliance id its heartbeats carry; the server accepts a key only for its own appliance.</param>
/// <param name="Key">The key; never printed or logged.</param>
internal sealed record ApplianceCredential(string Id, string Key)
{
    /// <summary>The id only: the key must not end up in output through string formatting.</summary>
    public override string ToString() => $"ApplianceCredential {{ Id = {Id} }}";
}
