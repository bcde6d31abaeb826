using Azure;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Api.Arm.Events;
using ReplOrchestrator.Api.Arm.Items;
using ReplOrchestrator.Api.Arm.Observations;
using ReplOrchestrator.Api.Heartbeats;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Api.Arm;

/// <summary>
/// Polls the watched vaults and hands each poll to the VM monitors as the heartbeat of the appliance <c>arm-{vault}</c>,
/// through the same <see cref="HeartbeatIntake"/> appliance heartbeats take, so every detection applies unchanged.
/// </summary>
/// <remarks>
/// One instance per process (both hosts register it as a singleton); polls do not overlap. A vault that denies access
/// or is gone still sends its heartbeat, with the <see cref="ServiceStatus.ArmVault"/> service stopped or not found,
/// so its monitor raises one alert and resolves it when reads succeed again. A vault that cannot be reached at all
/// sends nothing: once its heartbeat is missing past the heartbeat timeout, its monitor raises <c>ArmVaultNotRead</c>. What a poll needs from the
/// polls before it is read back from the VM monitors (see <see cref="ItemTrack"/>), so a restart, or a timer that moves
/// to another instance, loses nothing; only when each vault was last polled is held here, which costs a new process one
/// early poll at most. What each vault's poll costs (lists, handing over, heartbeat parts) is on <see cref="ArmPollMetrics"/>.
/// </remarks>
public sealed partial class ArmPoller(
    ArmOptions options, ArmVaultReader reader, ArmEventFeed events, HeartbeatIntake intake, ArmCoverage coverage, ArmPollMetrics metrics, TimeProvider time,
    ILogger<ArmPoller> logger)
{
    private readonly IReadOnlyList<ArmVault> _vaults = options.ParsedVaults();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, DateTimeOffset> _polledAt = new(StringComparer.Ordinal);
    private int _completedPolls;

    /// <summary>How many polls finished (each covering the vaults that were due).</summary>
    public int CompletedPolls => Volatile.Read(ref _completedPolls);

    /// <summary>Polls every vault whose <see cref="ArmOptions.PollInterval"/> has passed since its last poll.</summary>
    /// <exception cref="Exception">The task hub could not store a poll; the vault is polled again next time.</exception>
    public async Task PollDueAsync(DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            var due = _vaults.Where(v => !_polledAt.TryGetValue(v.ApplianceId, out var at) || now - at >= options.PollInterval).ToList();
            if (due.Count > 0)
            {
                var monitored = await coverage.ReadAsync(client, now, cancellationToken).ConfigureAwait(false);
                foreach (var vault in due)
                {
                    await PollAsync(client, vault, monitored, now, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            Interlocked.Increment(ref _completedPolls);
            _gate.Release();
        }
    }

    private async Task PollAsync(DurableTaskClient client, ArmVault vault, MonitoredVms monitored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var listing = time.GetTimestamp();
        VaultRead read;
        try
        {
            read = await reader.ListMigrationItemsAsync(vault, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e)
        {
            LogReadFailed(vault.Id.ToString(), e.Status, e.ErrorCode);
            return;
        }

        // The vault's new events go to the items they are about: only a vault whose items were read has them to give.
        var polledEvents = read.IsRead ? await events.ReadAsync(vault, now, cancellationToken).ConfigureAwait(false) : PolledEvents.None;
        var handing = time.GetTimestamp();
        var vms = new List<VmReport>();
        var sightings = new List<VmSighting>();
        foreach (var element in read.Items)
        {
            if (MigrationItemReader.Read(element, out var problem) is not { } item)
            {
                LogItemSkipped(vault.Name, element.TryGetProperty("id", out var id) ? id.ToString() : "(no id)", problem ?? "unreadable");
                continue;
            }

            // Folded first, so an event about a VM a heartbeat covers counts as claimed, not as one about no item.
            item = polledEvents.Fold(item);
            if (item.MachineName is { } name && monitored.Covering.Find(name) is { } heartbeatVm)
            {
                // The appliance reports this VM itself: its heartbeat wins, so ARM raises nothing of its own for it.
                sightings.Add(new VmSighting(heartbeatVm.ApplianceId, heartbeatVm.VmId, now));
                continue;
            }

            var (report, track) = ArmItemMapping.Map(item, ItemTrack.From(monitored.Find(vault, ArmItemMapping.VmIdOf(item.Name))), now);
            vms.Add(report with { SourceMemo = track.ToMemo() });
        }

        polledEvents.ReportUnclaimed();
        if (read.IsDenied)
        {
            LogDenied(vault.Id.ToString(), read.Status);
        }
        else if (read.IsGone)
        {
            LogGone(vault.Id.ToString());
        }

        // Sequences start from the clock, so a restarted process or another instance continues above what the monitor took.
        var service = new ServiceStatus(ServiceStatus.ArmVault, read.IsDenied ? ServiceState.Stopped : read.IsGone ? ServiceState.NotFound : ServiceState.Running);
        var heartbeat = new Heartbeat(Heartbeat.SchemaV1, vault.ApplianceId, ApplianceKind.AzureMigrateVMware, now.ToUnixTimeMilliseconds(), now, [service], [], vms, [], [], [])
        {
            Sightings = sightings,
        };
        var parts = HeartbeatParts.Split(heartbeat, HeartbeatParts.MaxBytes);
        foreach (var part in parts)
        {
            await intake.TakeAsync(client, part.Heartbeat, now, cancellationToken).ConfigureAwait(false);
        }

        _polledAt[vault.ApplianceId] = now;
        if (read.IsRead)
        {
            metrics.Listed(vault, time.GetElapsedTime(listing, handing));
            metrics.HandedOver(vault, time.GetElapsedTime(handing), parts);
        }

        LogPolled(vault.Name, read.Items.Count, vms.Count, parts.Count);
    }

    [LoggerMessage(EventId = 6301, Level = LogLevel.Debug, Message = "Vault {Vault}: {Items} migration items read, {Reported} reported in {Parts} heartbeat(s)")]
    private partial void LogPolled(string vault, int items, int reported, int parts);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Warning, Message = "Vault {Vault}: migration item {ItemId} skipped: {Problem}")]
    private partial void LogItemSkipped(string vault, string itemId, string problem);

    [LoggerMessage(EventId = 6303, Level = LogLevel.Error, Message = "Cannot read vault {Vault} (HTTP {Status}): grant the app Reader on it")]
    private partial void LogDenied(string vault, int status);

    [LoggerMessage(EventId = 6304, Level = LogLevel.Error, Message = "Vault {Vault} no longer exists (HTTP 404): remove it from Repl:Arm:Vaults or restore it")]
    private partial void LogGone(string vault);

    [LoggerMessage(EventId = 6305, Level = LogLevel.Warning, Message = "Vault {Vault} not read this time (HTTP {Status} {ErrorCode}); polled again at the next interval")]
    private partial void LogReadFailed(string vault, int status, string? errorCode);
}
