using System.Globalization;
using System.Text.Json.Nodes;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Local.Simulation.Arm;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// The vault <c>bench arm-poll</c> reads: agentless VMware items in delta cycles, every one uploading and a few percent
/// further at each poll, named as Azure Migrate names them (vCenter address, a site GUID, the VM's BIOS UUID: about 85
/// characters) on machines with fully qualified names across 48 ESXi hosts.
/// </summary>
internal static class ArmBenchVault
{
    public const string Id = "/subscriptions/7d3c5b9e-8a1f-4c2e-9b6d-1f0e2a3b4c5d/resourceGroups/rg-migrate-weu-prod/providers/Microsoft.RecoveryServices/vaults/migrate-weu-prod-rsv";

    private const long UploadBytesPerSecond = 25L * 1024 * 1024;

    /// <summary>The instance ids of its VM monitors start with this.</summary>
    public static readonly string VmPrefix = InstanceIds.Vm(ArmVault.TryParse(Id, out var vault, out var problem) ? vault!.ApplianceId : throw new InvalidOperationException(problem), string.Empty);

    /// <summary>The items as ARM lists them at poll <paramref name="poll"/> (from 1), the last recovery point two hours before <paramref name="start"/>.</summary>
    public static JsonObject[] Items(int count, int poll, DateTimeOffset start) =>
        [.. Enumerable.Range(0, count).Select(i => Item(i, poll, start).ToJson(Id))];

    private static MigrationItemJson Item(int index, int poll, DateTimeOffset start)
    {
        var progress = Math.Min(99, (index % 40) + (5 * poll));
        var uuid = string.Create(CultureInfo.InvariantCulture, $"4223{index:x4}-5a0b-7b4b-4b7e-fb73f0d5{index * 7919 % 65536:x4}");
        return new MigrationItemJson($"10-150-8-21-b090bef3-b733-5e34-bc8f-eb6f2701432a_{uuid}", $"srv-app-{index:D5}.weu.corp.contoso.com")
        {
            LastRecoveryPointReceived = start - TimeSpan.FromHours(2),
            DeltaSyncProgress = progress,
            GatewayState = MigrationItemScript.Uploading,
            GatewayProgress = progress,
            UploadSpeed = UploadBytesPerSecond,
            HostName = string.Create(CultureInfo.InvariantCulture, $"esx{(index % 48) + 1:D2}.weu.corp.contoso.com"),
        };
    }
}
