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
/// sends nothing: its heartbeat goes missing and the usual heartbeat-lost alert says so.
/// </remarks>
public sealed partial class ArmPoller(
    ArmOptions options, ArmVaultReader reader, ArmEventFeed events, HeartbeatIntake intake, ArmCoverage coverage, TimeProvider time, ILogger<ArmPoller> logger)
{
    private readonly IReadOnlyList<ArmVault> _vaults = options.ParsedVaults();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, VaultProgress> _progress = new(StringComparer.Ordinal);
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
            var due = _vaults.Where(v => !_progress.TryGetValue(v.ApplianceId, out var p) || now - p.PolledAt >= options.PollInterval).ToList();
            if (due.Count > 0)
            {
                var covered = await coverage.HeartbeatVmsAsync(client, now, cancellationToken).ConfigureAwait(false);
                foreach (var vault in due)
                {
                    await PollAsync(client, vault, covered, now, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            Interlocked.Increment(ref _completedPolls);
            _gate.Release();
        }
    }

    private async Task PollAsync(DurableTaskClient client, ArmVault vault, HeartbeatVms covered, DateTimeOffset now, CancellationToken cancellationToken)
    {
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

        var progress = _progress.TryGetValue(vault.ApplianceId, out var known) ? known : new VaultProgress(now, 0, new Dictionary<string, ItemTrack>(StringComparer.Ordinal));
        // The vault's new events go to the items they are about: only a vault whose items were read has them to give.
        var polledEvents = read.IsRead ? await events.ReadAsync(vault, now, cancellationToken).ConfigureAwait(false) : PolledEvents.None;
        var tracks = new Dictionary<string, ItemTrack>(StringComparer.Ordinal);
        var vms = new List<VmReport>();
        foreach (var element in read.Items)
        {
            if (MigrationItemReader.Read(element, out var problem) is not { } item)
            {
                LogItemSkipped(vault.Name, element.TryGetProperty("id", out var id) ? id.ToString() : "(no id)", problem ?? "unreadable");
                continue;
            }

            var (report, track) = ArmItemMapping.Map(polledEvents.Fold(item), progress.Tracks.GetValueOrDefault(item.Id), now);
            tracks[item.Id] = track;
            if (report.Name is { } name && covered.Find(name) is { } heartbeatVm)
            {
                // The appliance reports this VM itself: its heartbeat wins, so ARM raises nothing of its own for it.
                coverage.Sightings.Saw(heartbeatVm.ApplianceId, heartbeatVm.VmId, now);
                continue;
            }

            vms.Add(report);
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

        // Sequences start from the clock, so a restarted process continues above what the monitor took.
        var sequence = Math.Max(progress.Sequence + 1, now.ToUnixTimeMilliseconds());
        var service = new ServiceStatus(ServiceStatus.ArmVault, read.IsDenied ? ServiceState.Stopped : read.IsGone ? ServiceState.NotFound : ServiceState.Running);
        var heartbeat = new Heartbeat(Heartbeat.SchemaV1, vault.ApplianceId, ApplianceKind.AzureMigrateVMware, sequence, now, [service], [], vms, [], [], []);
        await intake.TakeAsync(client, heartbeat, now, cancellationToken).ConfigureAwait(false);
        _progress[vault.ApplianceId] = new VaultProgress(now, sequence, read.IsRead ? tracks : progress.Tracks);
        LogPolled(vault.Name, read.Items.Count, vms.Count);
    }

    [LoggerMessage(EventId = 6301, Level = LogLevel.Debug, Message = "Vault {Vault}: {Items} migration items read, {Reported} reported")]
    private partial void LogPolled(string vault, int items, int reported);

    [LoggerMessage(EventId = 6302, Level = LogLevel.Warning, Message = "Vault {Vault}: migration item {ItemId} skipped: {Problem}")]
    private partial void LogItemSkipped(string vault, string itemId, string problem);

    [LoggerMessage(EventId = 6303, Level = LogLevel.Error, Message = "Cannot read vault {Vault} (HTTP {Status}): grant the app Reader on it")]
    private partial void LogDenied(string vault, int status);

    [LoggerMessage(EventId = 6304, Level = LogLevel.Error, Message = "Vault {Vault} no longer exists (HTTP 404): remove it from Repl:Arm:Vaults or restore it")]
    private partial void LogGone(string vault);

    [LoggerMessage(EventId = 6305, Level = LogLevel.Warning, Message = "Vault {Vault} not read this time (HTTP {Status} {ErrorCode}); polled again at the next interval")]
    private partial void LogReadFailed(string vault, int status, string? errorCode);

    private sealed record VaultProgress(DateTimeOffset PolledAt, long Sequence, IReadOnlyDictionary<string, ItemTrack> Tracks);
}
