using ReplOrchestrator.Domain.Heartbeats;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Workflows.Appliances;

namespace ReplOrchestrator.Api.Heartbeats;

/// <summary>
/// Takes a valid heartbeat from an authenticated appliance, however it arrived (HTTP or a queue): one its
/// order takes (<see cref="HeartbeatSequence.Judge"/>) is handed to the appliance's monitor, a repeated or
/// stale one changes nothing, and either way the answer carries the commands waiting for the appliance.
/// </summary>
public sealed class HeartbeatIntake(SequenceGate gate)
{
    /// <summary>Takes <paramref name="heartbeat"/>; when this returns a new heartbeat is durable.</summary>
    /// <exception cref="HeartbeatRefusedException">The task hub refused the heartbeat for good; sending it again cannot help.</exception>
    /// <exception cref="Exception">The heartbeat could not be stored. The gate forgets it, so a retry is taken, not called a repeat.</exception>
    public async Task<HeartbeatReceipt> TakeAsync(DurableTaskClient client, Heartbeat heartbeat, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(heartbeat);
        var status = await ApplianceMonitorClient.GetStatusAsync(client, heartbeat.ApplianceId, cancellationToken).ConfigureAwait(false);
        var answered = heartbeat.ProbeResults.Select(r => r.CommandId).Concat(heartbeat.CommandResults.Select(r => r.CommandId)).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<ApplianceCommand> commands = [.. (status?.PendingCommands ?? []).Where(c => !answered.Contains(c.CommandId))];
        var verdict = gate.TryTake(heartbeat, status?.CurrentOrder());
        if (!verdict.IsTaken())
        {
            return new HeartbeatReceipt(verdict, commands);
        }

        try
        {
            await ApplianceMonitorClient.DeliverHeartbeatAsync(client, heartbeat, receivedAt, monitorExists: status is not null, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            // The heartbeat is valid, so the client can only refuse what it must store: its size.
            gate.Release(heartbeat);
            throw new HeartbeatRefusedException($"The task hub refused the heartbeat: {e.Message}", e);
        }
        catch
        {
            gate.Release(heartbeat);
            throw;
        }

        return new HeartbeatReceipt(verdict, commands);
    }
}
