using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Diagnosis;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>The cycle's children: one disk upload per disk (started, reporting by event), and diagnoses (awaited).</summary>
internal sealed partial class CycleRun
{
    /// <summary>
    /// Reacts to a diagnosis that finished: the problem is reported again with its verdict, still as seen when it was
    /// first reported, so its VM monitor can tell whether a cycle succeeded since.
    /// </summary>
    public async Task OnChildFinishedAsync(Task child)
    {
        var diagnosis = (Task<DiagnosisResult>)child;
        if (!_diagnoses.Remove(diagnosis, out var problem))
        {
            return;
        }

        try
        {
            var result = await diagnosis;
            Report(problem with { Causes = result.Causes, ProbeResults = result.ProbeResults, Diagnosed = true }, diagnose: false);
        }
        catch (TaskFailedException)
        {
            // The problem stands as reported; only its causes stay unassessed.
        }
    }

    // An upload that timed out after the phase ended (its word crossed the end) has nothing to report.
    private void OnUploadTimedOut(DiskUploadResult upload)
    {
        if (_outcome is not null || !_uploading.Remove(upload.DiskId) || upload.Outcome != DiskUploadOutcome.TimedOut)
        {
            return;
        }

        // The speed Azure last reported for the disk, if any: a heartbeat reports none, so its text stays as it was.
        var reported = _report.Disks.FirstOrDefault(d => d.DiskId == upload.DiskId)?.ReportedBytesPerSecond;
        _stalled.Add(UploadProgressText.WithReportedSpeed(upload.Text, reported));
        Report(CycleProblems.DiskUploadTimedOut(_report.CycleId, _stalled, _context.Now()), diagnose: true);
    }

    private async Task TrackUploadsAsync(CycleReport report, DateTimeOffset at)
    {
        var starting = new List<DiskUploadStart>();
        foreach (var disk in report.Disks)
        {
            if (!_forwarded.TryGetValue(disk.DiskId, out var forwarded))
            {
                starting.Add(new DiskUploadStart(_start.ApplianceId, _start.VmId, report.CycleId, report.Type, disk, at));
                _forwarded[disk.DiskId] = disk.UploadedBytes;
                if (!IsUploaded(disk))
                {
                    _uploading.Add(disk.DiskId);
                }
            }
            else if (forwarded != disk.UploadedBytes && _uploading.Contains(disk.DiskId))
            {
                // Only movement is forwarded: a stalled disk's deadline must not move.
                _context.SendEvent(UploadInstance(report.CycleId, disk.DiskId), EventNames.Signal, new DiskUploadSignal(disk, at));
                _forwarded[disk.DiskId] = disk.UploadedBytes;
                if (IsUploaded(disk))
                {
                    // The upload finishes on this report by itself; nothing more goes to it.
                    _uploading.Remove(disk.DiskId);
                }
            }
        }

        if (starting.Count > 0)
        {
            // Awaited, so an upload exists before any later progress is sent to it.
            await _context.CallActivityAsync<int>(WorkflowNames.StartDiskUploads, starting);
        }
    }

    private void EndUploads(DateTimeOffset at)
    {
        // Uploads are told the phase is over and finish on their own; none outlives the cycle by more than that.
        foreach (var diskId in _uploading)
        {
            _context.SendEvent(UploadInstance(_report.CycleId, diskId), EventNames.Signal, new DiskUploadSignal(null, at));
        }

        _uploading.Clear();
    }

    private static bool IsUploaded(DiskProgress disk) => disk.UploadedBytes >= disk.TotalBytes;

    private string UploadInstance(string cycleId, string diskId) => InstanceIds.DiskUpload(_start.ApplianceId, _start.VmId, cycleId, diskId);
}
