using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Diagnosis;
using ReplOrchestrator.Workflows.Orchestration;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>What one heartbeat does to an appliance monitor: part of <see cref="ApplianceMonitor"/>'s run.</summary>
/// <remarks>
/// A class of its own rather than a partial of the orchestrator: the Durable Task analyzers (1.28.0) read every
/// method of an orchestrator that takes the context with the semantic model of one partial declaration, and fail
/// on a method declared in another file.
/// </remarks>
internal static class ApplianceHeartbeats
{
    /// <summary>Takes a heartbeat its order takes (see <see cref="HeartbeatSequence.Judge"/>); returns the new state and the history events its actions add.</summary>
    public static async Task<(ApplianceMonitorState State, int Actions)> OnHeartbeatAsync(
        TaskOrchestrationContext context, ApplianceMonitorState state, ApplianceSignal signal, List<AlertDelivery> deliveries, WorkflowOptions options)
    {
        var heartbeat = signal.Heartbeat!;
        if (HeartbeatSequence.TryTake(state.CurrentOrder(), heartbeat) is not (_, { } order))
        {
            return (state, 0);
        }

        var now = context.Now();
        var receivedAt = signal.ReceivedAt ?? now;
        if (state.Connection == ApplianceConnection.HeartbeatLost)
        {
            deliveries.Add(ApplianceAlerts.HeartbeatBack(state, state.LastHeartbeatAt ?? receivedAt, receivedAt, options, context.NewSignalId()));
        }

        state = state with
        {
            Kind = heartbeat.Kind,
            LastSequence = heartbeat.Sequence,
            Order = order,
            LastHeartbeatAt = receivedAt,
            Connection = ApplianceConnection.Connected,
            Services = heartbeat.Services,
            Endpoints = heartbeat.Endpoints.Count > 0 ? heartbeat.Endpoints : state.Endpoints,
            OpenAlerts = [.. state.OpenAlerts.Where(code => !ApplianceAlerts.LostCodes.Contains(code))],
            Sightings = VmSightings.Merge(state.Sightings, heartbeat.Sightings, receivedAt, options.Appliance.HeartbeatTimeout),
        };
        state = state with { OpenAlerts = ApplianceAlerts.Services(state, heartbeat.Kind, now, () => context.NewSignalId(), deliveries) };

        var actions = RouteResults(context, ref state, heartbeat);
        var known = state.Vms.ToHashSet(StringComparer.Ordinal);
        var unknown = heartbeat.Vms.Where(v => !known.Contains(v.VmId)).ToList();
        if (unknown.Count > 0)
        {
            // Named from the start: a new monitor publishes its status before it takes this report, and an ARM poll
            // that reads it then must already know which machine the appliance speaks for.
            await context.CallActivityAsync<int>(WorkflowNames.EnsureVmMonitors,
                unknown.Select(v => new VmMonitorState(state.ApplianceId, v.VmId, heartbeat.Kind) { Name = v.Name, Host = v.Host }).ToList());
            state = state with { Vms = [.. state.Vms.Concat(unknown.Select(v => v.VmId)).Order(StringComparer.Ordinal)] };
            actions += 2;
        }

        var eventsByVm = heartbeat.Events.Where(e => e.VmId is not null).ToLookup(e => e.VmId!, StringComparer.Ordinal);
        foreach (var vm in heartbeat.Vms)
        {
            // VM monitors order by the count of heartbeats taken, which goes on when the appliance's own count starts again.
            var observation = new VmObservation(state.ApplianceId, heartbeat.Kind, order.Taken, receivedAt, vm, [.. eventsByVm[vm.VmId]], state.Endpoints);
            context.SendEvent(InstanceIds.Vm(state.ApplianceId, vm.VmId), EventNames.Signal, VmSignal.Of(observation));
        }

        return (state, actions + heartbeat.Vms.Count);
    }

    // Hands probe and command results to whoever queued the command, and forgets the command.
    private static int RouteResults(TaskOrchestrationContext context, ref ApplianceMonitorState state, Heartbeat heartbeat)
    {
        var pending = state.PendingCommands.ToDictionary(p => p.Command.CommandId, StringComparer.Ordinal);
        var sent = 0;
        foreach (var group in heartbeat.ProbeResults.GroupBy(r => r.CommandId, StringComparer.Ordinal))
        {
            if (pending.Remove(group.Key, out var command))
            {
                context.SendEvent(command.Requester, EventNames.Signal, new DiagnosisSignal([.. group]));
                sent++;
            }
        }

        foreach (var result in heartbeat.CommandResults)
        {
            if (pending.Remove(result.CommandId, out var command))
            {
                context.SendEvent(command.Requester, EventNames.Signal, VmSignal.Of(result));
                sent++;
            }
        }

        state = state with { PendingCommands = [.. state.PendingCommands.Where(p => pending.ContainsKey(p.Command.CommandId))] };
        return sent;
    }
}
