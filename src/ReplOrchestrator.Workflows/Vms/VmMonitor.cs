using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Cycles;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Vms;

/// <summary>
/// One VM, for as long as it replicates: its replication state, its cycles (it starts a
/// <c>ReplicationCycle</c> when a new cycle id appears and forwards the cycle's reports to it), missed
/// cycles against the expected schedule, health with hysteresis, and the VM's alerts. Custom status
/// is a <see cref="VmStatus"/>; history stays short through continue-as-new.
/// </summary>
internal sealed class VmMonitor(WorkflowOptions options) : TaskOrchestrator<VmMonitorState, object?>
{
    public override async Task<object?> RunAsync(TaskOrchestrationContext context, VmMonitorState state)
    {
        state = state.MonitoredSince is null ? state with { MonitoredSince = context.Now() } : state;
        var budget = new GenerationBudget(options.Monitoring);
        while (!budget.IsSpent)
        {
            context.SetCustomStatus(VmStatus.Of(state, options));
            var signal = await SignalWait.NextAsync<VmSignal>(context, VmConditions.NextWake(state, context.Now(), options));
            var now = context.Now();
            var deliveries = new List<AlertDelivery>();
            var actions = 0;
            switch (signal?.Kind)
            {
                case VmSignalKind.Observation:
                    (state, actions) = await ObserveAsync(context, state, signal.Observation!, deliveries);
                    break;
                case VmSignalKind.CycleProblem:
                    (state, var delivery) = VmCycles.Problem(state, signal.Problem!, now, context.NewSignalId());
                    deliveries.AddRange(delivery is null ? [] : [delivery]);
                    break;
                case VmSignalKind.CycleCompleted:
                    state = VmCycles.Completed(state, signal.Result!, options);
                    break;
                case VmSignalKind.CommandResult:
                    (state, var answered) = VmResume.Answered(state, signal.CommandResult!, now, context.NewSignalId());
                    deliveries.AddRange(answered is null ? [] : [answered]);
                    break;
            }

            (state, var evaluated) = VmConditions.Evaluate(state, now, options, () => context.NewSignalId());
            deliveries.AddRange(evaluated);
            if (deliveries.Count > 0)
            {
                await context.CallActivityAsync<int>(WorkflowNames.SignalAlerts, deliveries);
                actions += 2;
            }

            budget.Spend(actions + 2);
        }

        context.SetCustomStatus(VmStatus.Of(state, options));
        context.ContinueAsNew(state, preserveUnprocessedEvents: true);
        return null;
    }


    private async Task<(VmMonitorState State, int Actions)> ObserveAsync(
        TaskOrchestrationContext context, VmMonitorState state, VmObservation observation, List<AlertDelivery> deliveries)
    {
        if (!HeartbeatSequence.IsNewer(state.LastSequence, observation.Sequence))
        {
            return (state, 0);
        }

        var vm = observation.Vm;
        state = state with
        {
            Name = vm.Name ?? state.Name,
            Host = vm.Host ?? state.Host,
            State = vm.Replication.State,
            FrequencySeconds = vm.Replication.FrequencySeconds ?? state.FrequencySeconds,
            LastSequence = observation.Sequence,
            LastObservedAt = observation.ReceivedAt,
            LastSuccessfulCycleAt = Later(state.LastSuccessfulCycleAt, vm.LastRecoveryPointAt),
            Endpoints = observation.Endpoints.Count > 0 ? observation.Endpoints : state.Endpoints,
            SourceMemo = vm.SourceMemo ?? state.SourceMemo,
        };

        var actions = 0;
        if (vm.Cycle is { } report)
        {
            state = state with { Trail = CycleTrail.Add(state.Trail, state.TrailCycleId, report, observation.ReceivedAt), TrailCycleId = report.CycleId };
            (state, actions) = await TrackCycleAsync(context, state, observation, report);
        }
        else if (state.Active is null && state.Expectation is null && state.Cycles.Count == 0)
        {
            state = state with { Expectation = VmCycles.FirstExpectation(state, observation.ReceivedAt, options) };
        }

        state = VmResume.Observed(state);
        (state, var fired, var suspendedAtShutdown) = VmEvents.Apply(state, observation.Events, context.Now(), () => context.NewSignalId());
        deliveries.AddRange(fired);
        if (VmResume.ShouldRequest(state, suspendedAtShutdown, options.Monitoring))
        {
            var command = ApplianceCommand.ResumeReplication("resume-" + context.NewGuid().ToString("N")[..12], state.VmId);
            context.SendEvent(InstanceIds.Appliance(state.ApplianceId), EventNames.Signal, ApplianceSignal.OfCommand(command, context.InstanceId));
            state = VmResume.Requested(state, command.CommandId, context.Now());
            actions++;
        }

        return (state, actions);
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is { } x && (b is null || x > b) ? x : b;

    private async Task<(VmMonitorState State, int Actions)> TrackCycleAsync(
        TaskOrchestrationContext context, VmMonitorState state, VmObservation observation, CycleReport report)
    {
        if (state.Active?.CycleId == report.CycleId)
        {
            context.SendEvent(InstanceIds.Cycle(state.ApplianceId, state.VmId, report.CycleId), EventNames.Signal, CycleSignal.Of(report, observation.ReceivedAt));
            return (state with { Active = report }, 1);
        }

        if (state.Cycles.Any(c => c.CycleId == report.CycleId))
        {
            // A report of a cycle already recorded (it crossed the cycle's own completion): nothing new.
            return (state, 0);
        }

        var actions = 2;
        if (state.Active is { } superseded)
        {
            context.SendEvent(InstanceIds.Cycle(state.ApplianceId, state.VmId, superseded.CycleId), EventNames.Signal, CycleSignal.Superseded(observation.ReceivedAt));
            actions++;
        }

        var start = new CycleStart(state.ApplianceId, state.VmId, state.Kind, report, observation.ReceivedAt, state.Endpoints) { ReportsEndAtOnce = true };
        await context.CallActivityAsync<bool>(WorkflowNames.StartReplicationCycle, start);
        return (state with { Active = report, Expectation = null, MissesRecorded = 0 }, actions);
    }
}
