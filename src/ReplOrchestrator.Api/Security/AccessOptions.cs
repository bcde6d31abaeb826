namespace ReplOrchestrator.Api.Security;

/// <summary>
/// Who may call the API: appliances (configuration list <c>Repl:Appliances</c> of <c>{ Id, Key }</c>,
/// so <c>Repl__Appliances__0__Id</c> / <c>Repl__Appliances__0__Key</c> in the environment), readers
/// (list <c>Repl:ApiKeys</c>) and operators (list <c>Repl:OperatorKeys</c>).
/// </summary>
/// <remarks>
/// Every key must meet <see cref="KeyStrength"/>: a host with a shorter one does not start, and one that arrives
/// later (a rotation) is ignored, as an empty entry is.
/// </remarks>
public sealed class AccessOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Repl";

    /// <summary>Appliances and their keys. An appliance may report only for itself.</summary>
    public List<ApplianceCredential> Appliances { get; } = [];

    /// <summary>Reader keys, accepted in <c>x-api-key</c> on the read endpoints.</summary>
    public List<string> ApiKeys { get; } = [];

    /// <summary>Operator keys, accepted in <c>x-api-key</c> on the read endpoints and on those that create or delete silences.</summary>
    public List<string> OperatorKeys { get; } = [];

    /// <inheritdoc />
    public override string ToString() => $"AccessOptions {{ Appliances = {Appliances.Count}, ApiKeys = {ApiKeys.Count}, OperatorKeys = {OperatorKeys.Count} }}";
}
