namespace ReplOrchestrator.Api.Security;

/// <summary>The outcome of checking an appliance's key against the appliance id it reports for.</summary>
public enum ApplianceAuthentication
{
    /// <summary>The key belongs to the appliance the heartbeat is for.</summary>
    Authenticated,

    /// <summary>No <c>x-appliance-key</c> header (401).</summary>
    MissingKey,

    /// <summary>The key belongs to no configured appliance (401).</summary>
    UnknownKey,

    /// <summary>The key belongs to another appliance (403): an appliance may only report for itself.</summary>
    WrongAppliance,
}
