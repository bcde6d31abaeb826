using System.Runtime.Versioning;
using System.Xml;
using ReplOrchestrator.Agent.HyperV;

namespace ReplOrchestrator.Agent.Windows;

/// <summary>The VMMS Admin log through <c>Get-WinEvent</c> on the live host.</summary>
[SupportedOSPlatform("windows")]
internal sealed class PowerShellEventLog : IVmmsEventLog
{
    /// <inheritdoc/>
    public async Task<VmmsEventRead> ReadAsync(long? afterRecordId, TimeSpan lookback, CancellationToken cancellationToken)
    {
        var xml = await PowerShell.RunAsync(PowerShellCommands.ReadEvents(afterRecordId, lookback), cancellationToken).ConfigureAwait(false);
        try
        {
            return VmmsEventRead.FromXml(xml, afterRecordId);
        }
        catch (XmlException e)
        {
            throw new HostCommandException($"Get-WinEvent printed something that is not event XML: {e.Message}");
        }
    }
}
