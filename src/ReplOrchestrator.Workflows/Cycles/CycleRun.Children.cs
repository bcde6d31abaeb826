using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Workflows.Diagnosis;
using ReplOrchestrator.Workflows.Orchestration;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>The cycle's children: one disk upload per disk, and diagnoses.</summary>
internal sealed partial class CycleRun
{
    /// <summary>Reacts to a child that finished: a timed-out upload, or a diagnosis with its verdict.</summary>
    public async Task OnChildFinishedAsync(Task child)
    {
        if (child is Task<DiagnosisResult> diagnosis && _diagnoses.Remove(diagnosis, out var problem))
        {
            try
            {
                var result = await diagnosis;
                Report(problem with { Causes = result.Causes, ProbeResults = result.ProbeResults, Diagnosed = true, ObservedAt = context.Now() }, diagnose: false);
            }
            catch (TaskFailedException)
            {
                // The problem stands as reported; only its causes stay unassessed.
            }

            return;
        }

        var upload = (Task<DiskUploadResult>)child;
        if (_ending.Remove(upload))
        {
            // Told the phase was over: it finishes without anything to report.
            return;
        }

        var diskId = _uploads.First(u => u.Value == upload).Key;
        _uploads.Remove(diskId);
        var outcome = await upload;
        if (outcome.Outcome == DiskUploadOutcome.TimedOut)
        {
            _stalled.Add(outcome.Text);
            Report(CycleProblems.DiskUploadTimedOut(_report.CycleId, _stalled, context.Now()), diagnose: true);
        }
    }

    private void TrackUploads(CycleReport report, DateTimeOffset at)
    {
        foreach (var disk in report.Disks)
        {
            if (!_forwarded.TryGetValue(disk.DiskId, out var forwarded))
            {
                var instanceId = InstanceIds.DiskUpload(start.ApplianceId, start.VmId, report.CycleId, disk.DiskId);
                _uploads[disk.DiskId] = context.CallSubOrchestratorAsync<DiskUploadResult>(
                    WorkflowNames.DiskUpload, new DiskUploadStart(report.CycleId, report.Type, disk, at), new SubOrchestrationOptions(instanceId: instanceId));
                _forwarded[disk.DiskId] = disk.UploadedBytes;
            }
            else if (forwarded != disk.UploadedBytes && _uploads.ContainsKey(disk.DiskId))
            {
                // Only movement is forwarded: a stalled disk's deadline must not move.
                context.SendEvent(UploadInstance(report.CycleId, disk.DiskId), EventNames.Signal, new DiskUploadSignal(disk, at));
                _forwarded[disk.DiskId] = disk.UploadedBytes;
            }
        }
    }

    private void EndUploads(DateTimeOffset at)
    {
        // Children are told the phase is over and then awaited, so none outlives the cycle.
        foreach (var (diskId, upload) in _uploads)
        {
            context.SendEvent(UploadInstance(_report.CycleId, diskId), EventNames.Signal, new DiskUploadSignal(null, at));
            _ending.Add(upload);
        }

        _uploads.Clear();
    }

    private string UploadInstance(string cycleId, string diskId) => InstanceIds.DiskUpload(start.ApplianceId, start.VmId, cycleId, diskId);
}
