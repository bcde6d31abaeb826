using ReplOrchestrator.Domain.Contracts;

namespace ReplOrchestrator.Domain.Alerts;

/// <summary>
/// What makes two alerts the same alert: the appliance, the VM (none for appliance-level alerts) and the
/// catalog code. A repeat of the same condition updates the open alert instead of raising another.
/// </summary>
/// <remarks>
/// Two text forms, both reversible because ids never contain <c>/</c> or <c>:</c> (see <see cref="ContractId"/>):
/// the dedup key <c>appl-contoso-01/vm-sql01/DiskUploadTimedOut</c> (appliance level:
/// <c>appl-contoso-01/ApplianceHeartbeatLost</c>), and the durable instance id
/// <c>alert:appl-contoso-01:vm-sql01:DiskUploadTimedOut</c> (appliance level:
/// <c>alert:appl-contoso-01:ApplianceHeartbeatLost</c>), which has no <c>/</c> because the Durable
/// extension rejects it in instance ids.
/// </remarks>
/// <param name="ApplianceId">The appliance.</param>
/// <param name="VmId">The VM, or null for an appliance-level alert.</param>
/// <param name="Code">The catalog code.</param>
public readonly record struct AlertKey(string ApplianceId, string? VmId, string Code)
{
    private const string InstancePrefix = "alert:";

    /// <summary>Builds a key, checking every part.</summary>
    /// <exception cref="ArgumentException">An id breaks the id rule, or the code is not a catalog-style code (letters and digits).</exception>
    public static AlertKey Create(string applianceId, string? vmId, string code)
    {
        ContractId.Ensure(applianceId, nameof(applianceId));
        if (vmId is not null)
        {
            ContractId.Ensure(vmId, nameof(vmId));
        }

        return IsCode(code) ? new AlertKey(applianceId, vmId, code) : throw new ArgumentException($"'{code}' is not a catalog code.", nameof(code));
    }

    /// <summary>The dedup key: <c>{applianceId}/{vmId}/{code}</c>, or <c>{applianceId}/{code}</c> without a VM.</summary>
    public override string ToString() => VmId is null ? $"{ApplianceId}/{Code}" : $"{ApplianceId}/{VmId}/{Code}";

    /// <summary>The <c>AlertLifecycle</c> instance id: <c>alert:{applianceId}:{vmId}:{code}</c>, or <c>alert:{applianceId}:{code}</c>.</summary>
    public string ToInstanceId() => VmId is null ? $"{InstancePrefix}{ApplianceId}:{Code}" : $"{InstancePrefix}{ApplianceId}:{VmId}:{Code}";

    /// <summary>Reads a dedup key written by <see cref="ToString"/>.</summary>
    public static bool TryParse(string? text, out AlertKey key) => TryFromParts(text?.Split('/'), out key);

    /// <summary>Reads an instance id written by <see cref="ToInstanceId"/>.</summary>
    public static bool TryParseInstanceId(string? instanceId, out AlertKey key)
    {
        key = default;
        return instanceId is not null
            && instanceId.StartsWith(InstancePrefix, StringComparison.Ordinal)
            && TryFromParts(instanceId[InstancePrefix.Length..].Split(':'), out key);
    }

    private static bool TryFromParts(string[]? parts, out AlertKey key)
    {
        key = default;
        var ok = parts switch
        {
            [var appliance, var code] => Valid(appliance, null, code),
            [var appliance, var vm, var code] => Valid(appliance, vm, code),
            _ => false,
        };
        if (ok)
        {
            key = parts!.Length == 2 ? new AlertKey(parts[0], null, parts[1]) : new AlertKey(parts[0], parts[1], parts[2]);
        }

        return ok;
    }

    private static bool Valid(string applianceId, string? vmId, string code) =>
        ContractId.IsValid(applianceId) && (vmId is null || ContractId.IsValid(vmId)) && IsCode(code);

    private static bool IsCode(string? code) =>
        !string.IsNullOrEmpty(code) && code.Length <= ContractId.MaxLength && code.All(char.IsAsciiLetterOrDigit);
}
