namespace ReplOrchestrator.Domain.Catalog;

/// <summary>How much a probe's result says about a cause.</summary>
public enum ProbeEvidence
{
    /// <summary>The probe tests the cause directly: a failure confirms it and a pass rules it out.</summary>
    Decisive,

    /// <summary>The probe tests it indirectly (for example from the cloud side): a failure makes it likely; a pass says nothing.</summary>
    Indicative,
}
