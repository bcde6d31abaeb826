using System.Diagnostics;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Api.Fleet;

/// <summary>
/// The fleet as last read, shared by every request that comes within <see cref="Freshness"/> of the read's start: each
/// open dashboard polls every two seconds, and at a thousand VMs reading every instance per poll would make the task
/// hub's load grow with the number of viewers. Single-flight: a request that arrives while a read runs awaits that read.
/// Bounded: one view is held, keyed by nothing a caller chooses. A failed read is not kept; the next request reads again.
/// </summary>
/// <remarks>
/// The <see cref="DurableTaskClient"/> stays a per-call argument because the function app gets one per invocation; the
/// read runs on the client of the request that started it, and no caller's cancellation ends a read others await.
/// </remarks>
internal sealed class FleetSnapshots
{
    /// <summary>How old a view may be when served: half the dashboard's poll, so a change shows by the next poll but one.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private Task<FleetView>? _read;
    private long _startedAt;

    /// <summary>The fleet, read now or shared from a read that started less than <see cref="Freshness"/> ago.</summary>
    public Task<FleetView> GetAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        Task<FleetView> read;
        lock (_lock)
        {
            // Elapsed real time, not the host's TimeProvider: that clock may be simulated (tests, benchmarks) and stand
            // still, while what ages here is the read itself.
            if (_read is null || _read.IsFaulted || _read.IsCanceled || (_read.IsCompleted && Stopwatch.GetElapsedTime(_startedAt) >= Freshness))
            {
                _startedAt = Stopwatch.GetTimestamp();
                _read = ReadAsync(client);
            }

            read = _read;
        }

        return read.WaitAsync(cancellationToken);
    }

    private async Task<FleetView> ReadAsync(DurableTaskClient client)
    {
        var appliances = await DurableQueries.StatusesAsync<ApplianceStatus>(client, InstanceIds.AppliancePrefix, CancellationToken.None).ConfigureAwait(false);
        var sightings = ArmSightings.Of(appliances);
        var vms = (await DurableQueries.StatusesAsync<VmStatus>(client, InstanceIds.VmPrefix, CancellationToken.None).ConfigureAwait(false))
            .ToLookup(v => v.ApplianceId, StringComparer.Ordinal);
        return new FleetView([.. appliances.Select(a => new ApplianceView(
            a.ApplianceId, a.Kind, a.Connection, a.LastHeartbeatAt, a.LastSequence, a.Order?.Epoch, a.OpenAlerts, a.PendingCommands.Count,
            [.. vms[a.ApplianceId].OrderBy(v => v.VmId, StringComparer.Ordinal).Select(v => VmSummaryView.Of(v, sightings))]))]);
    }
}
