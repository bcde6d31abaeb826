using ReplOrchestrator.Agent.Collection;
using ReplOrchestrator.Agent.Storage;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Heartbeats;

/// <summary>Builds a <c>repl-heartbeat/v1</c> from the moment's host state and what the spool owes (pure).</summary>
internal static class HeartbeatComposer
{
    /// <summary>The heartbeat numbered <paramref name="sequence"/> of <paramref name="epoch"/>, sent at <paramref name="sentAt"/>.</summary>
    public static Heartbeat Compose(string applianceId, ApplianceKind kind, string epoch, long sequence, DateTimeOffset sentAt, ApplianceSnapshot snapshot, SpoolBatch batch) =>
        new(Heartbeat.SchemaV1, applianceId, kind, sequence, sentAt, snapshot.Services, snapshot.Endpoints, snapshot.Vms,
            batch.Events, batch.ProbeResults, batch.CommandResults)
        { Epoch = epoch };
}
