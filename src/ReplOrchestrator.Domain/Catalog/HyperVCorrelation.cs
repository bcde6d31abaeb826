using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Catalog;

/// <summary>The situations a VM's recent Hyper-V events add up to, and the events none of them explains.</summary>
/// <param name="Situations">Recognised situations; empty when none.</param>
/// <param name="Unexplained">Events outside every situation, to classify one by one with <see cref="ErrorClassifier"/>.</param>
public sealed record HyperVCorrelation(IReadOnlyList<HyperVSituation> Situations, IReadOnlyList<ReplicationEvent> Unexplained);
