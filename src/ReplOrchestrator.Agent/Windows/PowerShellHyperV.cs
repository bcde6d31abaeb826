using System.Runtime.Versioning;
using System.Text.Json;
using ReplOrchestrator.Agent.HyperV;

namespace ReplOrchestrator.Agent.Windows;

/// <summary>Hyper-V Replica through the Hyper-V PowerShell module on the live host.</summary>
[SupportedOSPlatform("windows")]
internal sealed class PowerShellHyperV : IHyperVReplication
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<VmReplicationRecord>> GetAsync(string? computerName, CancellationToken cancellationToken)
    {
        var json = await PowerShell.RunAsync(PowerShellCommands.GetReplication(computerName), cancellationToken).ConfigureAwait(false);
        try
        {
            return VmReplicationJson.Parse(json);
        }
        catch (JsonException e)
        {
            throw new HostCommandException($"Get-VMReplication printed something that is not JSON: {e.Message}");
        }
    }

    /// <inheritdoc/>
    public Task ResumeAsync(string vmName, string? computerName, CancellationToken cancellationToken) =>
        PowerShell.RunAsync(PowerShellCommands.Resume(vmName, computerName), cancellationToken);
}
