namespace ReplOrchestrator.Domain.Alerts;

/// <summary>Where and why an alert fires: everything <see cref="AlertBuilder"/> needs besides the catalog entry.</summary>
public sealed record AlertContext
{
    /// <summary>The appliance.</summary>
    public required string ApplianceId { get; init; }

    /// <summary>The VM; null for an appliance-level alert.</summary>
    public string? VmId { get; init; }

    /// <summary>The cycle the condition arose in, if any.</summary>
    public string? CycleId { get; init; }

    /// <summary>The one-line summary with the numbers; null to use the catalog entry's summary.</summary>
    public string? Summary { get; init; }

    /// <summary>A severity for this occurrence instead of the entry's default (for example RPO at 2× is Critical).</summary>
    public AlertSeverity? Severity { get; init; }

    /// <summary>The Microsoft numeric id as reported; null to use the entry's first id.</summary>
    public int? ErrorId { get; init; }

    /// <summary>
    /// The host the problem is about, as the error text names it (1022: "unable to connect to the vSphere host
    /// '…'") or else as the VM reports it. It replaces <c>&lt;host&gt;</c> in the recommended actions when it
    /// is a DNS name or IP address; null (or anything else) leaves the placeholder.
    /// </summary>
    public string? HostName { get; init; }
}
