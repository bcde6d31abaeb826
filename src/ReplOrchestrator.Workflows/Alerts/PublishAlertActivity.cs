using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.Workflows.Orchestration;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>
/// Publishes an alert unless something mutes it: a silence or maintenance window that covers it now
/// (a firing alert only; "resolved" always goes out once "firing" did), or, for a VM's alert, a firing
/// appliance-level alert that inhibits its VMs' alerts (heartbeat lost, gateway or VMMS stopped).
/// </summary>
/// <remarks>Matching happens here, not in the orchestration, because recurring windows read the time-zone database.</remarks>
internal sealed class PublishAlertActivity(Func<IDurableClient> client, IAlertPublisher publisher, TimeProvider time) : IActivity<PublishRequest, PublishOutcome>
{
    public async Task<PublishOutcome> RunAsync(ActivityContext context, PublishRequest request)
    {
        var alert = request.Alert;
        if (alert.Status == AlertStatus.Firing && await MutedByAsync(alert, request.HostName, context.CancellationToken) is { } mutedBy)
        {
            return new PublishOutcome(false, mutedBy);
        }

        await publisher.PublishAsync(alert, context.CancellationToken);
        return new PublishOutcome(true, null);
    }

    private async Task<string?> MutedByAsync(Alert alert, string? hostName, CancellationToken cancellationToken)
    {
        var durable = client();
        var now = time.GetUtcNow();
        var silences = (await durable.GetInstanceAsync(InstanceIds.Silences, getInputsAndOutputs: true, cancellationToken))?.ReadCustomStatusAs<List<Silence>>() ?? [];
        if (silences.FirstOrDefault(s => s.IsMuted(alert, now, hostName)) is { } silence)
        {
            return $"silence {silence.Id}";
        }

        if (alert.VmId is null)
        {
            return null;
        }

        foreach (var code in AlertInhibition.InhibitingCodes)
        {
            var source = new AlertKey(alert.ApplianceId, null, code);
            var status = await durable.GetInstanceAsync(source.ToInstanceId(), getInputsAndOutputs: true, cancellationToken);
            if (status?.ReadCustomStatusAs<Alert>() is { Status: AlertStatus.Firing } && AlertInhibition.Inhibits(source, alert.Key))
            {
                return $"inhibited by {source}";
            }
        }

        return null;
    }
}
