using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Appliances;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Diagnosis;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Appliances;

/// <summary>
/// One appliance, for as long as it reports: every heartbeat resets the heartbeat deadline and is fanned
/// out to the VMs it mentions; a missed deadline raises "appliance heartbeat lost" and starts a
/// diagnosis; the next heartbeat resolves it. Holds the commands the next heartbeat answer carries and
/// routes their results back. Custom status is an <see cref="ApplianceStatus"/>.
/// </summary>
internal sealed class ApplianceMonitor(WorkflowOptions options) : TaskOrchestrator<ApplianceMonitorState, object?>
{
    public override async Task<object?> RunAsync(TaskOrchestrationContext context, ApplianceMonitorState state)
    {
        state = state.MonitoredSince is null ? state with { MonitoredSince = context.Now() } : state;
        var budget = new GenerationBudget(options.Monitoring);
        Task<DiagnosisResult>? diagnosis = null;

        // A diagnosis in flight is awaited, so a generation ends only without one.
        while (!budget.IsSpent || diagnosis is not null)
        {
            context.SetCustomStatus(ApplianceStatus.Of(state));
            var race = await SignalWait.RaceAsync<ApplianceSignal>(context, NextDeadline(state), diagnosis is null ? [] : [diagnosis]);
            var now = context.Now();
            var deliveries = new List<AlertDelivery>();
            var actions = 0;
            if (race.Signal is { } signal)
            {
                (state, actions) = signal.Kind == ApplianceSignalKind.Heartbeat
                    ? await ApplianceHeartbeats.OnHeartbeatAsync(context, state, signal, deliveries, options)
                    : (QueueCommand(state, signal, now), 0);
            }
            else if (race.DeadlinePassed)
            {
                state = ExpireCommands(state, now);
                if (state.Connection == ApplianceConnection.Connected && IsLost(state, now))
                {
                    var lost = ApplianceLiveness.LostCode(state.ApplianceId);
                    state = state with { Connection = ApplianceConnection.HeartbeatLost, OpenAlerts = [.. state.OpenAlerts, lost] };
                    deliveries.Add(ApplianceAlerts.HeartbeatLost(state, now, options, context.NewSignalId(), [], []));
                    if (!ProbePlan.For(ErrorCatalog.Get(lost)).IsEmpty)
                    {
                        var request = new DiagnosisRequest(state.ApplianceId, null, lost, state.Endpoints, ApplianceReachable: false, state.LastHeartbeatAt);
                        diagnosis = context.CallSubOrchestratorAsync<DiagnosisResult>(WorkflowNames.Diagnosis, request);
                        actions += 2;
                    }
                }
            }
            else
            {
                var finished = diagnosis!;
                diagnosis = null;
                if (await Diagnosed(finished) is { } result && state.Connection == ApplianceConnection.HeartbeatLost)
                {
                    deliveries.Add(ApplianceAlerts.HeartbeatLost(state, now, options, context.NewSignalId(), result.Causes, result.ProbeResults));
                }
            }

            if (deliveries.Count > 0)
            {
                await context.CallActivityAsync<int>(WorkflowNames.SignalAlerts, deliveries);
                actions += 2;
            }

            budget.Spend(actions + 2);
        }

        context.SetCustomStatus(ApplianceStatus.Of(state));
        context.ContinueAsNew(state, preserveUnprocessedEvents: true);
        return null;
    }

    /// <summary>A signal id that is the same on every replay.</summary>

    private static async Task<DiagnosisResult?> Diagnosed(Task<DiagnosisResult> diagnosis)
    {
        try
        {
            return await diagnosis;
        }
        catch (TaskFailedException)
        {
            return null;
        }
    }

    private static ApplianceMonitorState QueueCommand(ApplianceMonitorState state, ApplianceSignal signal, DateTimeOffset now) =>
        signal.Command is not { } command || state.PendingCommands.Any(p => p.Command.CommandId == command.CommandId)
            ? state
            : state with { PendingCommands = [.. state.PendingCommands, new PendingCommand(command, signal.Requester!, now)] };

    private DateTimeOffset? NextDeadline(ApplianceMonitorState state)
    {
        var candidates = state.PendingCommands.Select(p => p.QueuedAt + options.Monitoring.CommandTimeToLive).ToList();
        if (state.Connection == ApplianceConnection.Connected && state.LastHeartbeatAt is { } last)
        {
            candidates.Add(last + options.Appliance.HeartbeatTimeout);
        }

        return candidates.Count == 0 ? null : candidates.Min();
    }

    private bool IsLost(ApplianceMonitorState state, DateTimeOffset now) =>
        state.LastHeartbeatAt is { } last && Domain.Appliances.ApplianceLiveness.IsLost(last, now, options.Appliance);

    private ApplianceMonitorState ExpireCommands(ApplianceMonitorState state, DateTimeOffset now) =>
        state with { PendingCommands = [.. state.PendingCommands.Where(p => now - p.QueuedAt < options.Monitoring.CommandTimeToLive)] };
}
