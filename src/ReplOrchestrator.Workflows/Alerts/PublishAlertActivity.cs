using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Workflows.Notifications;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Workflows.Alerts;

/// <summary>
/// Publishes an alert, and hands it to the notification groups its routes name, unless something mutes it: a silence or maintenance window that covers it now
/// (a firing alert only; "resolved" always goes out once "firing" did), or, for a VM's alert, a firing
/// appliance-level alert that inhibits its VMs' alerts (heartbeat lost, gateway or VMMS stopped).
/// Registered as <see cref="WorkflowNames.PublishAlert"/>.
/// </summary>
/// <remarks>
/// Matching happens here, not in the orchestration, because recurring windows read the time-zone database.
/// Runs at least once: the publisher's consumers deduplicate.
/// </remarks>
/// <param name="client">Reads the silence registry's and the inhibiting alerts' custom status; signals notification groups.</param>
/// <param name="publisher">Where the alert goes.</param>
/// <param name="policy">Who is told about which alerts.</param>
/// <param name="time">The clock silences are matched against.</param>
/// <param name="lifetime">Its stopping token cancels the reads and the publish.</param>
public sealed class PublishAlertActivity(DurableTaskClient client, IAlertPublisher publisher, NotificationPolicy policy, TimeProvider time, IHostApplicationLifetime lifetime)
    : TaskActivity<PublishRequest, PublishOutcome>
{
    private readonly NotificationRouter _router = new(client, policy);

    /// <inheritdoc />
    public override async Task<PublishOutcome> RunAsync(TaskActivityContext context, PublishRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var alert = input.Alert;
        var cancellationToken = lifetime.ApplicationStopping;
        var now = time.GetUtcNow();
        var signalId = input.SignalId ?? $"{alert.Id}|{alert.Status}|{alert.LastSeen.UtcTicks}";
        if (alert.Status == AlertStatus.Firing && await MutedByAsync(alert, input.HostName, cancellationToken) is { } mutedBy)
        {
            await _router.WithdrawAsync(alert, input.Groups, signalId, cancellationToken);
            return new PublishOutcome(false, mutedBy) { Groups = [] };
        }

        // Receivers first: the topic's consumers are for archives and ticketing, and people must not wait on them.
        var groups = await _router.RouteAsync(alert, input.HostName, input.Groups, signalId, now, cancellationToken);
        await publisher.PublishAsync(alert, cancellationToken);
        return new PublishOutcome(true, null) { Groups = groups, RerouteAt = _router.RerouteAt(alert, now) };
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
