namespace ReplOrchestrator.Agent.Configuration;

/// <summary>Where the agent reads the host's facts from.</summary>
public sealed class HostSourceOptions
{
    /// <summary>The source.</summary>
    /// <value>Defaults to <see cref="HostSource.Windows"/> on Windows and <see cref="HostSource.Recorded"/> elsewhere.</value>
    public HostSource? Source { get; set; }

    /// <summary>For <see cref="HostSource.Recorded"/>: the folder holding the recorded outputs (see the README's Agent section).</summary>
    public string? RecordedDirectory { get; set; }

    /// <summary>Names of the services reported in every heartbeat.</summary>
    /// <value>Defaults to <c>asrgwy</c> for Azure Migrate and <c>vmms</c> for Hyper-V Replica.</value>
    public List<string> Services { get; set; } = [];

    /// <summary>On the first start (no bookmark yet), how far back the VMMS log is read.</summary>
    /// <value>Defaults to <see cref="AgentDefaults.FirstEventLookback"/> (1 h).</value>
    public TimeSpan FirstEventLookback { get; set; } = AgentDefaults.FirstEventLookback;
}
