namespace ReplOrchestrator.Agent.Configuration;

/// <summary>Where host facts come from.</summary>
public enum HostSource
{
    /// <summary>The live host: the service controller, PowerShell's Hyper-V cmdlets and <c>Get-WinEvent</c>.</summary>
    Windows,

    /// <summary>
    /// Files in the shapes those commands print (<c>ConvertTo-Json</c> output and event XML), read on every
    /// heartbeat: the Linux mode, for tests and the demo.
    /// </summary>
    Recorded,
}
