using Microsoft.DurableTask;
using ReplOrchestrator.Domain.Appliances;
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
/// replay, because it only changes in response to the orchestration's own history; carried into the
/// next generation as a <see cref="CycleProgress"/>.
/// </summary>
internal sealed partial class CycleRun
{
    private readonly TaskOrchestrationContext _context;
    private readonly CycleStart _start;
    private readonly WorkflowOptions _options;
    private readonly Dictionary<string, long> _forwarded;
    private readonly List<string> _uploading;
    private readonly List<string> _stalled;
    private readonly List<string> _problemCodes;
    private readonly Dictionary<Task<DiagnosisResult>, CycleProblem> _diagnoses = [];
    private CycleReport _report;
    private CyclePhase _phase;
    private DateTimeOffset _phaseSince;
    private DateTimeOffset _lastObservedAt;
    private bool _overrunReported;
    private CycleRunOutcome? _outcome;
    private DateTimeOffset _endedAt;
    private bool _endReported;

    /// <summary>Picks the cycle up where its input says: its first report, or a previous generation's progress.</summary>
    public CycleRun(TaskOrchestrationContext context, CycleStart start, WorkflowOptions options)
    {
        _context = context;
        _start = start;
        _options = options;
        var carried = start.Carried;
        _report = carried?.Report ?? start.Report;
        _phase = carried?.Phase ?? start.Report.Phase;
        _phaseSince = carried?.PhaseSince ?? start.ObservedAt;
        _lastObservedAt = carried?.LastObservedAt ?? start.ObservedAt;
        _overrunReported = carried?.OverrunReported ?? false;
        _forwarded = new Dictionary<string, long>(carried?.Forwarded ?? new Dictionary<string, long>(), StringComparer.Ordinal);
        _uploading = [.. carried?.Uploading ?? []];
        _stalled = [.. carried?.Stalled ?? []];
        _problemCodes = [.. carried?.ProblemCodes ?? []];
    }

    private string VmInstance => InstanceIds.Vm(_start.ApplianceId, _start.VmId);

    /// <summary>True once the cycle ended and every diagnosis reported back.</summary>
    public bool IsFinished => _outcome is not null && _diagnoses.Count == 0;

    /// <summary>
    /// True when nothing the cycle awaits would be lost by continuing as new: it has not ended (an ended
    /// cycle finishes soon anyway) and no diagnosis, an awaited child, is in flight.
    /// </summary>
    public bool CanContinueAsNew => _outcome is null && _diagnoses.Count == 0;

    /// <summary>When the current phase overruns; <see langword="null"/> when it has no deadline (or already overran).</summary>
    public DateTimeOffset? PhaseDeadline => _outcome is not null || _overrunReported
        ? null
        : _phase switch
        {
            CyclePhase.Snapshot => PhaseDeadlines.Snapshot(_phaseSince, _options.Cycle),
            CyclePhase.DisposeArtefacts => PhaseDeadlines.DisposeArtefacts(_phaseSince, _options.Cycle),
            _ => null,
        };

    /// <summary>The diagnoses whose end the cycle reacts to.</summary>
    public IReadOnlyCollection<Task> Children => _diagnoses.Keys;

    /// <summary>The result to return and send the VM monitor.</summary>
    public CycleResult Result() => new(
        _report.CycleId, _report.Type, _outcome ?? CycleRunOutcome.Superseded, _report.StartedAt, _endedAt, _report.Disks, _report.Error?.Code, _problemCodes);

    /// <summary>Tells the VM monitor how the cycle ended, unless it was told already.</summary>
    public void ReportEnd()
    {
        if (!_endReported)
        {
            _context.SendEvent(VmInstance, EventNames.Signal, VmSignal.Of(Result()));
            _endReported = true;
        }
    }

    /// <summary>What the next generation needs to carry on.</summary>
    public CycleProgress Save() =>
        new(_report, _phase, _phaseSince, _lastObservedAt, _overrunReported, new Dictionary<string, long>(_forwarded, StringComparer.Ordinal), [.. _uploading], [.. _stalled], [.. _problemCodes]);

    /// <summary>Takes a signal: a report of the cycle, word that a newer one began, or an upload's timeout.</summary>
    public async Task ObserveAsync(CycleSignal signal)
    {
        switch (signal.Kind)
        {
            case CycleSignalKind.Report when signal.Report is { } report:
                _lastObservedAt = signal.ObservedAt;
                await ObserveReportAsync(report, signal.ObservedAt);
                break;
            case CycleSignalKind.Superseded:
                _lastObservedAt = signal.ObservedAt;
                if (_outcome is null)
                {
                    Finish(CycleRunOutcome.Superseded, signal.ObservedAt);
                }

                break;
            case CycleSignalKind.UploadTimedOut when signal.Upload is { } upload:
                OnUploadTimedOut(upload);
                break;
        }
    }

    /// <summary>The current phase ran past its deadline: snapshot hung, or artefact disposal timed out.</summary>
    public void OnPhaseOverrun()
    {
        var at = _context.Now();
        _overrunReported = true;
        Report(_phase == CyclePhase.Snapshot
            ? CycleProblems.SnapshotHung(_report.CycleId, _phaseSince, at)
            : CycleProblems.DisposeArtefactsTimedOut(_report.CycleId, _phaseSince, at), diagnose: true);
    }

    private async Task ObserveReportAsync(CycleReport report, DateTimeOffset at)
    {
        if (_outcome is not null)
        {
            return;
        }

        if (CyclePhases.Transition(_phase, report.Phase) == PhaseTransition.Advance)
        {
            EnterPhase(report.Phase, at);
        }

        // A report that goes back a phase is stale (it crossed a newer one); keep the newer picture.
        if (CyclePhases.Transition(_phase, report.Phase) != PhaseTransition.Illegal)
        {
            _report = report;
        }

        switch (_phase)
        {
            case CyclePhase.Upload:
                await TrackUploadsAsync(report, at);
                break;
            case CyclePhase.Completed:
                Finish(CycleRunOutcome.Succeeded, at);
                break;
            case CyclePhase.Failed:
                Report(CycleProblems.Failed(report.CycleId, _start.Kind, report.Error, at), diagnose: true);
                Finish(CycleRunOutcome.Failed, at);
                break;
        }
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
        if (_start.ReportsEndAtOnce)
        {
            ReportEnd();
        }
    }

    private void Report(CycleProblem problem, bool diagnose)
    {
        if (!_problemCodes.Contains(problem.Code))
        {
            _problemCodes.Add(problem.Code);
        }

        _context.SendEvent(VmInstance, EventNames.Signal, VmSignal.Of(problem));
        var alreadyDiagnosing = _diagnoses.Values.Any(p => p.Code == problem.Code);
        if (diagnose && !alreadyDiagnosing && !ProbePlan.For(ErrorCatalog.Get(problem.Code)).IsEmpty)
        {
            // Nothing runs behind a vault watched through ARM to answer a RunProbes command: asking would only wait out the deadline.
            var request = new DiagnosisRequest(
                _start.ApplianceId, _start.VmId, problem.Code, _start.Endpoints, ApplianceReachable: !ArmSourcedAppliances.Includes(_start.ApplianceId), _lastObservedAt);
            var instanceId = InstanceIds.CycleDiagnosis(_start.ApplianceId, _start.VmId, _report.CycleId, problem.Code);
            _diagnoses[_context.CallSubOrchestratorAsync<DiagnosisResult>(WorkflowNames.Diagnosis, request, new SubOrchestrationOptions(instanceId: instanceId))] = problem;
        }
    }
}
