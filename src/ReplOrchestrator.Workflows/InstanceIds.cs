namespace ReplOrchestrator.Workflows;

/// <summary>
/// Durable instance ids. Contract ids never contain <c>:</c> (see the domain's ContractId), so the
/// parts of an id cannot run into each other and a prefix query by appliance is exact.
/// </summary>
public static class InstanceIds
{
    /// <summary>The prefix of every appliance monitor.</summary>
    public const string AppliancePrefix = "appliance:";

    /// <summary>The prefix of every VM monitor.</summary>
    public const string VmPrefix = "vm:";

    /// <summary>The prefix of every alert lifecycle.</summary>
    public const string AlertPrefix = "alert:";

    /// <summary>The prefix of every notification group.</summary>
    public const string NotificationGroupPrefix = "notify:";

    /// <summary>The one silence registry.</summary>
    public const string Silences = "silences";

    /// <summary>The one housekeeping orchestration.</summary>
    public const string Housekeeping = "housekeeping";

    /// <summary><c>appliance:{applianceId}</c>.</summary>
    public static string Appliance(string applianceId) => AppliancePrefix + applianceId;

    /// <summary><c>vm:{applianceId}:{vmId}</c>.</summary>
    public static string Vm(string applianceId, string vmId) => $"{VmPrefix}{applianceId}:{vmId}";

    /// <summary><c>cycle:{applianceId}:{vmId}:{cycleId}</c>.</summary>
    public static string Cycle(string applianceId, string vmId, string cycleId) => $"cycle:{applianceId}:{vmId}:{cycleId}";

    /// <summary><c>upload:{applianceId}:{vmId}:{cycleId}:{diskId}</c>.</summary>
    public static string DiskUpload(string applianceId, string vmId, string cycleId, string diskId) =>
        $"upload:{applianceId}:{vmId}:{cycleId}:{diskId}";

    /// <summary><c>diagnosis:{applianceId}:{vmId}:{cycleId}:{code}</c>, one diagnosis per problem of a cycle.</summary>
    public static string CycleDiagnosis(string applianceId, string vmId, string cycleId, string code) =>
        $"diagnosis:{applianceId}:{vmId}:{cycleId}:{code}";

    /// <summary>
    /// <c>notify:{hash}</c>: a group key names labels whose values may be long, so the id carries 128 bits of its
    /// SHA-256 instead (instance ids are at most 100 characters in the Durable Task Scheduler); the key is in the status.
    /// </summary>
    public static string NotificationGroup(string groupKey)
    {
        ArgumentNullException.ThrowIfNull(groupKey);
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(groupKey));
        return NotificationGroupPrefix + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
