using System.Text.Json;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// Splits a vault's poll into heartbeats the task hub takes (pure): every heartbeat travels as one message, which the
/// Durable Task Scheduler and the local engine both cap at 1 MB, and a vault of a few thousand items is more.
/// </summary>
/// <remarks>
/// The parts are ordinary heartbeats of the same appliance with consecutive sequences, each with the vault's service
/// state, so each renews the heartbeat deadline and is judged in order. An appliance monitor leaves a VM a heartbeat
/// does not carry as it was (it ends no VM's watch), so a VM in one part is not gone from the others. A VM travels with
/// its events; what belongs to no VM travels in the first part.
/// </remarks>
internal static class HeartbeatParts
{
    /// <summary>
    /// The most a part may take as the task hub stores it (camelCase JSON): a quarter of the 1 MB limit, so the signal
    /// around it and the escaping of it as event data never bring it near.
    /// </summary>
    public const int MaxBytes = 256 * 1024;

    /// <summary>
    /// <paramref name="whole"/> itself when it fits in <paramref name="maxBytes"/>, else parts that each do (a single
    /// VM larger than that still gets a part of its own), numbered from its sequence up; each with its size, so nobody
    /// serialises a part again to learn it.
    /// </summary>
    public static IReadOnlyList<HeartbeatPart> Split(Heartbeat whole, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(whole);
        var size = Size(whole);
        if (size <= maxBytes)
        {
            // The usual vault: one serialisation says so, rather than one per VM.
            return [new HeartbeatPart(whole, size)];
        }

        var eventsByVm = whole.Events.Where(e => e.VmId is not null).ToLookup(e => e.VmId!, StringComparer.Ordinal);
        var vmIds = whole.Vms.Select(v => v.VmId).ToHashSet(StringComparer.Ordinal);
        var first = whole with { Vms = [], Events = [.. whole.Events.Where(e => e.VmId is null || !vmIds.Contains(e.VmId))], Sightings = null };
        var rest = whole with { Vms = [], Events = [], Sightings = null, ProbeResults = [], CommandResults = [] };
        var pieces = whole.Vms.Select(vm => Piece.Of(vm, eventsByVm[vm.VmId]))
            .Concat((whole.Sightings ?? []).Select(Piece.Of))
            .ToList();
        var parts = new List<HeartbeatPart>();
        var part = new List<Piece>();
        var (envelope, bytes) = (first, Size(first));
        foreach (var piece in pieces)
        {
            if (part.Count > 0 && bytes + piece.Bytes > maxBytes)
            {
                parts.Add(Assemble(envelope, part, whole.Sequence + parts.Count));
                (envelope, bytes) = (rest, Size(rest));
                part = [];
            }

            part.Add(piece);
            bytes += piece.Bytes;
        }

        parts.Add(Assemble(envelope, part, whole.Sequence + parts.Count));
        return parts;
    }

    private static HeartbeatPart Assemble(Heartbeat envelope, List<Piece> pieces, long sequence)
    {
        var sightings = pieces.Select(p => p.Sighting).OfType<VmSighting>().ToList();
        var part = envelope with
        {
            Sequence = sequence,
            Vms = [.. pieces.Select(p => p.Vm).OfType<VmReport>()],
            Events = [.. envelope.Events, .. pieces.SelectMany(p => p.Events)],
            Sightings = sightings.Count > 0 ? sightings : null,
        };
        return new HeartbeatPart(part, Size(part));
    }

    private static int Size<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, DurableJson.Options).Length;

    // One VM with its events, or one sighting, and what it adds to a heartbeat (its JSON and a separating comma).
    private sealed record Piece(VmReport? Vm, IReadOnlyList<ReplicationEvent> Events, VmSighting? Sighting, int Bytes)
    {
        public static Piece Of(VmReport vm, IEnumerable<ReplicationEvent> events)
        {
            var list = events.ToList();
            return new(vm, list, null, Size(vm) + list.Sum(e => Size(e) + 1) + 1);
        }

        public static Piece Of(VmSighting sighting) => new(null, [], sighting, Size(sighting) + 1);
    }
}
