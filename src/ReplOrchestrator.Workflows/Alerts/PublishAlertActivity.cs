using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>
/// Publishes an alert unless something mutes it: a silence or maintenance window that covers it now
/// (a firing alert only; "resolved" always goes out once "firing" did), or, for a VM's alert, a firing
/// appliance-level alert that inhibits its VMs' alerts (heartbeat lost, gateway or VMMS stopped).
/// Registered as <see cref="WorkflowNames.PublishAlert"/>.
/// </summary>
/// <remarks>
/// Matching happens here, not in the orchestration, because recurring windows read the time-zone database.
/// Runs at least once: the publisher's consumers deduplicate.
/// </remarks>
/// <param name="client">Reads the silence registry's and the inhibiting alerts' custom status.</param>
/// <param name="publisher">Where the alert goes.</param>
/// <param name="time">The clock silences are matched against.</param>
/// <param name="lifetime">Its stopping token cancels the reads and the publish.</param>
public sealed class PublishAlertActivity(DurableTaskClient client, IAlertPublisher publisher, TimeProvider time, IHostApplicationLifetime lifetime)
    : TaskActivity<PublishRequest, PublishOutcome>
{
    /// <inheritdoc />
    public override async Task<PublishOutcome> RunAsync(TaskActivityContext context, PublishRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var alert = input.Alert;
        var cancellationToken = lifetime.ApplicationStopping;
        if (alert.Status == AlertStatus.Firing && await MutedByAsync(alert, input.HostName, cancellationToken) is { } mutedBy)
        {
            return new PublishOutcome(false, mutedBy);
        }

        await publisher.PublishAsync(alert, cancellationToken);
        return new PublishOutcome(true, null);
    }

    private async Task<string?> MutedByAsync(Alert alert, string? hostName, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var silences = (await client.GetInstanceAsync(InstanceIds.Silences, getInputsAndOutputs: true, cancellationToken))?.ReadCustomStatusAs<List<Silence>>() ?? [];
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
            var status = await client.GetInstanceAsync(source.ToInstanceId(), getInputsAndOutputs: true, cancellationToken);
            if (status?.ReadCustomStatusAs<Alert>() is { Status: AlertStatus.Firing } && AlertInhibition.Inhibits(source, alert.Key))
            {
                return $"inhibited by {source}";
            }
        }

        return null;
    }
}
