using System.Text.Json.Serialization;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>How sure a diagnosis is about one probable cause; declared from most to least sure.</summary>
public enum CauseConfidence
{
    /// <summary>A probe that tests the cause directly failed.</summary>
    [JsonStringEnumMemberName("confirmed")]
    Confirmed,

    /// <summary>An indirect probe failed, or every probed alternative was ruled out.</summary>
    [JsonStringEnumMemberName("likely")]
    Likely,

    /// <summary>Nothing speaks for or against it (no probe tests it, or its probes did not run).</summary>
    [JsonStringEnumMemberName("possible")]
    Possible,

    /// <summary>Every probe that tests the cause directly passed.</summary>
    [JsonStringEnumMemberName("ruledOut")]
    RuledOut,
}
