using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Appliances;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Diagnosis;

/// <summary>
/// Runs the checks the troubleshooting guides prescribe for a problem, in parallel, and joins them
/// under one deadline: cloud-side DNS and TCP probes as activities, appliance-side probes (gateway
/// service, storage write, Service Bus, Key Vault 443, ESXi DNS and TCP 902) as a RunProbes command
/// the next heartbeat answer carries, whose results come back in a later heartbeat. The catalog's
/// probe-to-cause rules then rate each probable cause against the evidence.
/// </summary>
internal sealed class DiagnosisOrchestrator(WorkflowOptions options) : TaskOrchestrator<DiagnosisRequest, DiagnosisResult>
{
    public override async Task<DiagnosisResult> RunAsync(TaskOrchestrationContext context, DiagnosisRequest request)
    {
        var entry = ErrorCatalog.Get(request.Code);
        var plan = ProbePlan.For(entry);
        var now = context.Now();
        var commandId = "dx-" + context.NewGuid().ToString("N")[..16];
        var results = new List<ProbeResult>();
        // A vault's poll arriving says nothing about whether the appliance behind it is up, so no verdict is given for it
        // there: "the appliance is down" stays possible and its step stays in the alert, as the guide has a human check it.
        if (plan.NeedsApplianceLiveness && !ArmSourcedAppliances.Includes(request.ApplianceId))
        {
            results.Add(ApplianceLiveness.AsProbeResult(commandId, request.LastHeartbeatAt, now, options.Appliance));
        }

        var cloud = plan.CloudTargets(request.Endpoints)
            .Select(target => context.CallActivityAsync<ProbeResult>(WorkflowNames.RunCloudProbe, new CloudProbeRequest(target, commandId)))
            .ToList();
        var awaited = new HashSet<ProbeKind>();
        if (request.ApplianceReachable && plan.ToCommand(commandId, request.VmId) is { } command)
        {
            context.SendEvent(InstanceIds.Appliance(request.ApplianceId), EventNames.Signal, ApplianceSignal.OfCommand(command, context.InstanceId));
            awaited.UnionWith(command.Probes);
        }

        await JoinAsync(context, now + options.Diagnosis.Timeout, commandId, cloud, awaited, results);
        return new DiagnosisResult(request.Code, CauseAnalysis.Assess(entry, results), results, [.. awaited.Order()]);
    }

    private static async Task JoinAsync(
        TaskOrchestrationContext context, DateTimeOffset deadline, string commandId, List<Task<ProbeResult>> cloud, HashSet<ProbeKind> awaited, List<ProbeResult> results)
    {
        var running = cloud.Cast<Task>().ToList();
        while (running.Count > 0 || awaited.Count > 0)
        {
            var race = await SignalWait.RaceAsync<DiagnosisSignal>(context, deadline, running);
            if (race.DeadlinePassed)
            {
                return;
            }

            if (race.Signal is { } signal)
            {
                // Only this diagnosis's command counts, and each probe once.
                foreach (var result in signal.ProbeResults.Where(r => r.CommandId == commandId && awaited.Remove(r.Probe)))
                {
                    results.Add(result);
                }

                continue;
            }

            running.Remove(race.Child!);
            try
            {
                results.Add(await (Task<ProbeResult>)race.Child!);
            }
            catch (TaskFailedException)
            {
                // The probe could not run at all; that says nothing about the endpoint.
            }
        }
    }
}
