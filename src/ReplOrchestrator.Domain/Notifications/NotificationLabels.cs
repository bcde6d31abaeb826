using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Catalog;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>The labels routes match and group on, named as the <c>repl-alert/v1</c> fields they come from.</summary>
/// <remarks>
/// Values are compared case-sensitively, as Alertmanager does (<c>severity=Critical</c>, not <c>critical</c>),
/// except <see cref="Host"/>: DNS names are case-insensitive, and host silences already compare so.
/// </remarks>
public static class NotificationLabels
{
    /// <summary><c>Critical</c>, <c>Warning</c> or <c>Info</c>, after escalation.</summary>
    public const string Severity = "severity";

    /// <summary>The catalog's stable code, such as <c>DiskUploadTimedOut</c>.</summary>
    public const string Code = "code";

    /// <summary>Whose error it is: <c>AzureMigrate</c>, <c>HyperVReplica</c> or <c>Monitor</c>, from the catalog entry.</summary>
    public const string Product = "product";

    /// <summary>The appliance id.</summary>
    public const string ApplianceId = "applianceId";

    /// <summary>The VM id; empty for appliance-level alerts.</summary>
    public const string VmId = "vmId";

    /// <summary>The host the VM runs on as last reported; empty when unknown or for appliance-level alerts.</summary>
    public const string Host = "host";

    /// <summary><c>firing</c> or <c>resolved</c>.</summary>
    public const string Status = "status";

    /// <summary>Every label.</summary>
    public static IReadOnlyList<string> All { get; } = [Severity, Code, Product, ApplianceId, VmId, Host, Status];

    /// <summary>Whether <paramref name="name"/> is one of <see cref="All"/> (exact spelling).</summary>
    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);

    /// <summary>The values a label can take when it has a fixed set (severity, status, product); otherwise null.</summary>
    public static IReadOnlyList<string>? ValuesOf(string label) => label switch
    {
        Severity => Enum.GetNames<AlertSeverity>(),
        Status => ["firing", "resolved"],
        Product => Enum.GetNames<Catalog.Product>(),
        _ => null,
    };

    /// <summary>Whether equality matchers on <paramref name="label"/> would ever match <paramref name="value"/>; null when they could, else why not.</summary>
    internal static string? ExplainValue(string label, string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (ValuesOf(label) is { } values)
        {
            return values.Contains(value, StringComparer.Ordinal)
                ? null
                : $"'{value}' is never a {label}: values are {string.Join(", ", values)} (case-sensitive)";
        }

        return label == Code && !ErrorCatalog.TryGet(value, out _) ? $"'{value}' is not a catalog code" : null;
    }

    internal static StringComparison ComparisonFor(string label) =>
        label == Host ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
}
