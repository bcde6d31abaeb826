using System.Text;
using System.Text.Json.Nodes;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Domain.Tests.Heartbeats;

/// <summary>A valid heartbeat body that each test breaks in exactly one place.</summary>
internal static class HeartbeatBodies
{
    public static readonly DateTimeOffset ReceivedAt = new(2026, 11, 22, 4, 0, 30, TimeSpan.Zero);

    public static JsonObject Valid() => (JsonObject)JsonNode.Parse("""
        {
          "schema": "repl-heartbeat/v1",
          "applianceId": "appl-contoso-01",
          "kind": "AzureMigrateVMware",
          "sequence": 1042,
          "sentAt": "2026-11-22T04:00:00Z",
          "services": [ { "name": "asrgwy", "state": "Running" } ],
          "endpoints": [
            { "role": "Storage", "host": "migratelsa1234.blob.core.windows.net", "port": 443 },
            { "role": "KeyVault", "host": "migratekv1234.vault.azure.net", "port": 443 }
          ],
          "vms": [
            {
              "vmId": "vm-sql01",
              "name": "sql01",
              "host": "esx01.contoso.local",
              "replication": { "state": "Replicating", "frequencySeconds": 3600 },
              "cycle": {
                "cycleId": "c-17",
                "type": "Delta",
                "phase": "Upload",
                "startedAt": "2026-11-22T03:40:00Z",
                "disks": [
                  { "diskId": "disk-0", "totalBytes": 53687091200, "uploadedBytes": 3328599654 },
                  { "diskId": "disk-1", "totalBytes": 1073741824, "uploadedBytes": 0 }
                ],
                "error": null
              }
            },
            {
              "vmId": "vm-web01",
              "replication": { "state": "InitialReplication" },
              "cycle": null
            }
          ],
          "events": [
            { "eventId": 32022, "source": "Microsoft-Windows-Hyper-V-VMMS", "level": "Error",
              "vmId": "vm-sql01", "timeCreated": "2026-11-22T03:59:12Z", "message": "Hyper-V could not replicate changes" }
          ],
          "probeResults": [
            { "commandId": "cmd-7", "probe": "KeyVaultTcp", "target": "migratekv1234.vault.azure.net:443",
              "ok": false, "latencyMs": 0, "detail": "connection timed out" }
          ],
          "commandResults": [ { "commandId": "cmd-8", "ok": true, "detail": "replication resumed" } ]
        }
        """)!;

    public static HeartbeatParseResult Parse(JsonNode body, HeartbeatLimits? limits = null) =>
        Parse(Encoding.UTF8.GetBytes(body.ToJsonString()), limits);

    public static HeartbeatParseResult Parse(byte[] body, HeartbeatLimits? limits = null) =>
        HeartbeatParser.Parse(body, ReceivedAt, limits ?? new HeartbeatLimits());

    public static JsonObject FirstVm(JsonObject body) => body["vms"]![0]!.AsObject();

    public static JsonObject FirstCycle(JsonObject body) => FirstVm(body)["cycle"]!.AsObject();

    public static JsonObject FirstDisk(JsonObject body) => FirstCycle(body)["disks"]![0]!.AsObject();
}
