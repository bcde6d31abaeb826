namespace ReplOrchestrator.Domain.Probes;

/// <summary>Where a probe runs.</summary>
public enum ProbeSide
{
    /// <summary>Known to the monitor without running anything (whether heartbeats still arrive).</summary>
    Monitor,

    /// <summary>Run by the agent on the appliance after a <c>RunProbes</c> command.</summary>
    Appliance,

    /// <summary>Run by the monitor itself against the endpoints the appliance reported.</summary>
    Cloud,
}
