namespace ReplOrchestrator.Domain.Probes;

/// <summary>
/// The Azure cloud the replicated appliances use, named as <c>az cloud list</c> and Azure PowerShell's
/// <c>Get-AzEnvironment</c> name it. It decides which service domains cloud-side probes may reach.
/// </summary>
public enum AzureCloud
{
    /// <summary>Global Azure: <c>*.core.windows.net</c>, <c>*.servicebus.windows.net</c>, <c>*.vault.azure.net</c>.</summary>
    AzureCloud,

    /// <summary>Azure Government: <c>*.core.usgovcloudapi.net</c>, <c>*.servicebus.usgovcloudapi.net</c>, <c>*.vault.usgovcloudapi.net</c>.</summary>
    AzureUSGovernment,

    /// <summary>Azure operated by 21Vianet in China: <c>*.core.chinacloudapi.cn</c>, <c>*.servicebus.chinacloudapi.cn</c>, <c>*.vault.azure.cn</c>.</summary>
    AzureChinaCloud,
}
