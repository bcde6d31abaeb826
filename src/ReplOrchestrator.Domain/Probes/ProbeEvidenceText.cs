using System.Globalization;

namespace ReplOrchestrator.Domain.Probes;

/// <summary>Says what one probe result shows, in the form alerts list as evidence.</summary>
public static class ProbeEvidenceText
{
    /// <summary>
    /// "StorageWrite failed: connection timed out (migratelsa1234.blob.core.windows.net:443)" or
    /// "KeyVaultTcp passed in 38 ms (migratekv1234.vault.azure.net:443)"; a refused target reads
    /// "CloudStorageTcp refused, not probed: 127.0.0.1 is an IP address (127.0.0.1:443)".
    /// </summary>
    public static string Describe(ProbeResult result)
    {
        var target = string.IsNullOrWhiteSpace(result.Target) ? "" : $" ({result.Target})";
        if (result.Ok)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{result.Probe} passed in {result.LatencyMs} ms{target}");
        }

        var detail = string.IsNullOrWhiteSpace(result.Detail) ? "no detail given" : result.Detail.ReplaceLineEndings(" ").Trim();
        return result.Refused ? $"{result.Probe} refused, not probed: {detail}{target}" : $"{result.Probe} failed: {detail}{target}";
    }
}
