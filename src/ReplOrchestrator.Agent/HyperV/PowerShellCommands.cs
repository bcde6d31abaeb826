using System.Globalization;

namespace ReplOrchestrator.Agent.HyperV;

/// <summary>
/// Every PowerShell command the agent runs, in one place so an administrator can read them (the README lists them).
/// Arguments are quoted with <see cref="Quote"/>; none comes from the server except a VM name the host itself reported.
/// </summary>
internal static class PowerShellCommands
{
    /// <summary>The replicating VMs as JSON, enums as names (<see cref="VmReplicationJson"/> reads it).</summary>
    public static string GetReplication(string? computerName) =>
        $"Get-VMReplication{ComputerName(computerName)} | Select-Object VMName, @{{n='VMId';e={{\"$($_.VMId)\"}}}}, "
        + "@{n='State';e={\"$($_.State)\"}}, @{n='Health';e={\"$($_.Health)\"}}, @{n='Mode';e={\"$($_.Mode)\"}}, "
        + "FrequencySec, PrimaryServer, ReplicaServer | ConvertTo-Json -Depth 2 -Compress";

    /// <summary>Resumes one VM's replication on its primary server, as the restart script does.</summary>
    public static string Resume(string vmName, string? computerName) =>
        $"Resume-VMReplication -VMName {Quote(vmName)}{ComputerName(computerName)} -ErrorAction Stop";

    /// <summary>The seed events after a record id (or of the last <paramref name="lookback"/>), as XML records (<see cref="VmmsEventXml"/> reads them).</summary>
    public static string ReadEvents(long? afterRecordId, TimeSpan lookback)
    {
        var ids = string.Join(" or ", VmmsEvents.Ids.Select(id => string.Create(CultureInfo.InvariantCulture, $"EventID={id}")));
        var since = afterRecordId is { } after
            ? string.Create(CultureInfo.InvariantCulture, $"EventRecordID > {after}")
            : string.Create(CultureInfo.InvariantCulture, $"TimeCreated[timediff(@SystemTime) <= {(long)lookback.TotalMilliseconds}]");
        return $"$e = Get-WinEvent -LogName '{VmmsEvents.LogName}' -FilterXPath '*[System[({ids}) and {since}]]' -Oldest -ErrorAction SilentlyContinue; "
            + "'<Events>'; foreach ($x in $e) { '<Record>' + $x.ToXml() + '<Message>' + [System.Security.SecurityElement]::Escape($x.Message) + '</Message></Record>' }; '</Events>'";
    }

    /// <summary>A PowerShell single-quoted literal of <paramref name="value"/>.</summary>
    public static string Quote(string value)
    {
        // PowerShell also ends a single-quoted string at the typographic quotes; each is escaped by doubling it.
        var escaped = value;
        foreach (var quote in "'\u2018\u2019\u201A\u201B")
        {
            escaped = escaped.Replace(quote.ToString(), new string(quote, 2), StringComparison.Ordinal);
        }

        return "'" + escaped + "'";
    }

    private static string ComputerName(string? computerName) => computerName is null ? "" : " -ComputerName " + Quote(computerName);
}
