using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>What a set of Hyper-V events seen together means.</summary>
/// <param name="Entry">The situation's catalog entry.</param>
/// <param name="Severity">The severity for this occurrence, which can differ from the entry's default (by release and state).</param>
/// <param name="Release">The Windows Server release the events point to.</param>
/// <param name="Explanation">One or two sentences for the alert summary.</param>
/// <param name="Events">The events that make up the situation, oldest first.</param>
/// <param name="SuggestsResume">
/// Whether resuming replication is the fix as it stands (a <c>ResumeReplication</c> command can be offered):
/// only for the suspension at shutdown, 32086 with 32022; 32086 alone names a failure to correct first.
/// </param>
public sealed record HyperVSituation(
    CatalogEntry Entry,
    AlertSeverity Severity,
    WindowsServerRelease Release,
    string Explanation,
    IReadOnlyList<ReplicationEvent> Events,
    bool SuggestsResume);
