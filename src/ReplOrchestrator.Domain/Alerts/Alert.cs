using System.Text.Json.Serialization;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Probes;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>
/// One alert, contract <c>repl-alert/v1</c>: published on the <c>alerts</c> topic and served by
/// <c>GET /api/alerts</c>. Build and update it with <see cref="AlertBuilder"/>.
/// </summary>
/// <param name="Schema">Always <see cref="SchemaV1"/>.</param>
/// <param name="Id">Identifies this firing episode; stable from first firing to resolution (see <see cref="AlertIds"/>).</param>
/// <param name="DedupKey">The text form of <see cref="AlertKey"/>: <c>{applianceId}/{vmId}/{code}</c> or <c>{applianceId}/{code}</c>.</param>
/// <param name="Status">Firing or resolved.</param>
/// <param name="Severity">How urgent.</param>
/// <param name="Code">The catalog's stable code.</param>
/// <param name="ErrorId">The Microsoft numeric error or event id, when there is one.</param>
/// <param name="ApplianceId">The appliance.</param>
/// <param name="VmId">The VM; null for appliance-level alerts.</param>
/// <param name="CycleId">The cycle the alert arose in; null when none.</param>
/// <param name="Title">The catalog entry's title.</param>
/// <param name="Summary">What is happening, in one line with the numbers.</param>
/// <param name="ProbableCauses">Causes with confidence and evidence, most certain first.</param>
/// <param name="RecommendedActions">Steps, the ones for confirmed causes first.</param>
/// <param name="ProbeResults">Every probe result the diagnosis used.</param>
/// <param name="FirstSeen">When this episode first fired.</param>
/// <param name="LastSeen">When the condition was last seen (or resolved).</param>
/// <param name="Occurrences">How many times the condition was seen in this episode; at least 1.</param>
/// <param name="Links">Documentation, the main page first.</param>
public sealed record Alert(
    string Schema,
    string Id,
    string DedupKey,
    AlertStatus Status,
    AlertSeverity Severity,
    string Code,
    int? ErrorId,
    string ApplianceId,
    string? VmId,
    string? CycleId,
    string Title,
    string Summary,
    IReadOnlyList<AlertCause> ProbableCauses,
    IReadOnlyList<string> RecommendedActions,
    IReadOnlyList<ProbeResult> ProbeResults,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    int Occurrences,
    IReadOnlyList<DocLink> Links)
{
    /// <summary>The schema name of this contract version.</summary>
    public const string SchemaV1 = "repl-alert/v1";

    /// <summary>The alert's dedup key as a value (not part of the contract's JSON).</summary>
    [JsonIgnore]
    public AlertKey Key => new(ApplianceId, VmId, Code);

    /// <summary>The cause a firing alert leads with, unless the evidence ruled it out (then there is none to tell).</summary>
    [JsonIgnore]
    public AlertCause? LeadingCause =>
        Status == AlertStatus.Firing && ProbableCauses is [var top, ..] && top.Confidence != Probes.CauseConfidence.RuledOut ? top : null;
}
