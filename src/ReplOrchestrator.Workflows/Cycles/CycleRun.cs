using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Diagnosis;
using ReplOrchestrator.Workflows.Orchestration;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>
/// One replication cycle's bookkeeping while its orchestration runs: the phase and when it began,
/// the disk uploads and diagnoses in flight, the problems reported. Rebuilt identically on every
/// replay, because it only changes in response to the orchestration's own history.
/// </summary>
internal sealed partial class CycleRun(TaskOrchestrationContext context, CycleStart start, WorkflowOptions options)
{
    private readonly Dictionary<string, Task<DiskUploadResult>> _uploads = new(StringComparer.Ordinal);
    private readonly List<Task<DiskUploadResult>> _ending = [];
    private readonly Dictionary<string, long> _forwarded = new(StringComparer.Ordinal);
    private readonly Dictionary<Task<DiagnosisResult>, CycleProblem> _diagnoses = [];
    private readonly List<string> _stalled = [];
    private readonly List<string> _problemCodes = [];
    private CycleReport _report = start.Report;
    private CyclePhase _phase = start.Report.Phase;
    private DateTimeOffset _phaseSince = start.ObservedAt;
    private DateTimeOffset _lastObservedAt = start.ObservedAt;
    private bool _overrunReported;
    private CycleRunOutcome? _outcome;
    private DateTimeOffset _endedAt;

    private string VmInstance => InstanceIds.Vm(start.ApplianceId, start.VmId);

    /// <summary>True once the cycle ended, every diagnosis reported back and every upload wound down.</summary>
    public bool IsFinished => _outcome is not null && _diagnoses.Count == 0 && _ending.Count == 0;

    /// <summary>When the current phase overruns; <see langword="null"/> when it has no deadline (or already overran).</summary>
    public DateTimeOffset? PhaseDeadline => _outcome is not null || _overrunReported
        ? null
        : _phase switch
        {
            CyclePhase.Snapshot => PhaseDeadlines.Snapshot(_phaseSince, options.Cycle),
            CyclePhase.DisposeArtefacts => PhaseDeadlines.DisposeArtefacts(_phaseSince, options.Cycle),
            _ => null,
        };

    /// <summary>The child orchestrations whose end the cycle reacts to.</summary>
    public IReadOnlyCollection<Task> Children => [.. _uploads.Values, .. _ending, .. _diagnoses.Keys];

    /// <summary>The result to return and send the VM monitor.</summary>
    public CycleResult Result() => new(
        _report.CycleId, _report.Type, _outcome ?? CycleRunOutcome.Superseded, _report.StartedAt, _endedAt, _report.Disks, _report.Error?.Code, _problemCodes);

    /// <summary>Takes a report of the cycle (or word that a newer one began).</summary>
    public void Observe(CycleSignal signal)
    {
        _lastObservedAt = signal.ObservedAt;
        if (_outcome is not null)
        {
            return;
        }

        if (signal.Report is not { } report)
        {
            Finish(CycleRunOutcome.Superseded, signal.ObservedAt);
            return;
        }

        if (CyclePhases.Transition(_phase, report.Phase) == PhaseTransition.Advance)
        {
            EnterPhase(report.Phase, signal.ObservedAt);
        }

        // A report that goes back a phase is stale (it crossed a newer one); keep the newer picture.
        if (CyclePhases.Transition(_phase, report.Phase) != PhaseTransition.Illegal)
        {
            _report = report;
        }

        switch (_phase)
        {
            case CyclePhase.Upload:
                TrackUploads(report, signal.ObservedAt);
                break;
            case CyclePhase.Completed:
                Finish(CycleRunOutcome.Succeeded, signal.ObservedAt);
                break;
            case CyclePhase.Failed:
                Report(CycleProblems.Failed(report.CycleId, start.Kind, report.Error, signal.ObservedAt), diagnose: true);
                Finish(CycleRunOutcome.Failed, signal.ObservedAt);
                break;
        }
    }

    /// <summary>The current phase ran past its deadline: snapshot hung, or artefact disposal timed out.</summary>
    public void OnPhaseOverrun()
    {
        var at = context.Now();
        _overrunReported = true;
        Report(_phase == CyclePhase.Snapshot
            ? CycleProblems.SnapshotHung(_report.CycleId, _phaseSince, at)
            : CycleProblems.DisposeArtefactsTimedOut(_report.CycleId, _phaseSince, at), diagnose: true);
    }

    private void EnterPhase(CyclePhase phase, DateTimeOffset at)
    {
        if (_phase == CyclePhase.Upload)
        {
            EndUploads(at);
        }

        _phase = phase;
        _phaseSince = at;
        _overrunReported = false;
    }

    private void Finish(CycleRunOutcome outcome, DateTimeOffset at)
    {
        EndUploads(at);
        _outcome = outcome;
        _endedAt = at;
    }

    private void Report(CycleProblem problem, bool diagnose)
    {
        if (!_problemCodes.Contains(problem.Code))
        {
            _problemCodes.Add(problem.Code);
        }

        context.SendEvent(VmInstance, EventNames.Signal, VmSignal.Of(problem));
        var alreadyDiagnosing = _diagnoses.Values.Any(p => p.Code == problem.Code);
        if (diagnose && !alreadyDiagnosing && !ProbePlan.For(ErrorCatalog.Get(problem.Code)).IsEmpty)
        {
            var request = new DiagnosisRequest(start.ApplianceId, start.VmId, problem.Code, start.Endpoints, ApplianceReachable: true, _lastObservedAt);
            var instanceId = InstanceIds.CycleDiagnosis(start.ApplianceId, start.VmId, _report.CycleId, problem.Code);
            _diagnoses[context.CallSubOrchestratorAsync<DiagnosisResult>(WorkflowNames.Diagnosis, request, new SubOrchestrationOptions(instanceId: instanceId))] = problem;
        }
    }
}
