namespace ReplOrchestrator.Api.Security;

/// <summary>What an <c>x-api-key</c> allows; each level includes the ones before it.</summary>
public enum ApiAccess
{
    /// <summary>No key, or one that is not configured (401).</summary>
    None,

    /// <summary>A reader key (<c>Repl:ApiKeys</c>): the fleet, VMs, alerts and silences, nothing that changes them.</summary>
    Read,

    /// <summary>An operator key (<c>Repl:OperatorKeys</c>): everything a reader sees, and creating and deleting silences.</summary>
    Operate,
}
