using ReplOrchestrator.Domain.Catalog;
using ReplOrchestrator.Domain.Formatting;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Workflows.Cycles;

/// <summary>How a cycle's overruns and failures are named and described (pure).</summary>
internal static class CycleProblems
{
    public static CycleProblem SnapshotHung(string cycleId, DateTimeOffset since, DateTimeOffset at) =>
        New(cycleId, CatalogCodes.SnapshotHung,
            $"snapshot creation has not finished after {HumanText.Duration(at - since)} (Generate Snapshot Hung)", null, at);

    public static CycleProblem DisposeArtefactsTimedOut(string cycleId, DateTimeOffset since, DateTimeOffset at) =>
        New(cycleId, CatalogCodes.DisposeArtefactsTimedOut,
            $"timeout event 'DisposeArtefactsTimeout' in state WaitingForArtefactsDisposalPreCycle: artefacts not disposed after {HumanText.Duration(at - since)}",
            181008, at);

    public static CycleProblem DiskUploadTimedOut(string cycleId, IReadOnlyList<string> stalledDisks, DateTimeOffset at) =>
        New(cycleId, CatalogCodes.DiskUploadTimedOut, string.Join("; ", stalledDisks), 1011, at);

    /// <summary>A failed cycle, classified through the catalog by its error code and message.</summary>
    public static CycleProblem Failed(string cycleId, ApplianceKind kind, CycleError? error, DateTimeOffset at)
    {
        var classification = ErrorClassifier.Classify(kind, error ?? new CycleError(string.Empty, "the cycle failed without an error"));
        var description = classification.Report.Describe();
        var summary = classification.IsClassified ? description : "Unclassified: " + description;
        return New(cycleId, classification.Entry.Code, summary, classification.ErrorId, at) with { HostName = classification.HostName };
    }

    private static CycleProblem New(string cycleId, string code, string summary, int? errorId, DateTimeOffset at) =>
        new(cycleId, code, summary, errorId, null, [], [], false, at);
}
