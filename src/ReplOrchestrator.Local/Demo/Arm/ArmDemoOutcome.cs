using System.Globalization;
using ReplOrchestrator.Domain.Alerts;

namespace ReplOrchestrator.Local.Demo.Arm;

/// <summary>How one alert a situation expects went: the ARM demo succeeds when every one was raised with its id and resolved.</summary>
/// <param name="Situation">The situation.</param>
/// <param name="Expected">The alert it expects.</param>
/// <param name="Raised">The first notification that raised it; null if none did.</param>
/// <param name="Resolved">Whether a resolution followed its last firing.</param>
internal sealed record ArmDemoOutcome(ArmSituation Situation, ExpectedAlert Expected, Alert? Raised, bool Resolved)
{
    /// <summary>What went wrong, in a few words; null when it was raised with its id and resolved.</summary>
    public string? Problem => Raised is null ? "never raised"
        : Raised.ErrorId != Expected.ErrorId ? $"raised with error id {Id(Raised.ErrorId)}, not {Id(Expected.ErrorId)}"
        : !Resolved ? "never resolved"
        : null;

    /// <summary>The alert as its dedup key says it, with its Microsoft error id where it has one.</summary>
    public string Subject => $"{Key}{(Expected.ErrorId is { } id ? string.Create(CultureInfo.InvariantCulture, $" ({id})") : string.Empty)}";

    /// <summary>The alert's key under the vault's appliance.</summary>
    public AlertKey Key => new(ArmDemoVault.Vault.ApplianceId, Situation.ItemName, Expected.Code);

    /// <summary>Each expected alert of <paramref name="situations"/>, judged by what <paramref name="tally"/> saw.</summary>
    public static IReadOnlyList<ArmDemoOutcome> Judge(IEnumerable<ArmSituation> situations, AlertTally tally) =>
    [
        .. situations.SelectMany(s => s.Expected.Select(expected =>
        {
            var (raised, resolved) = tally.Outcome(new AlertKey(ArmDemoVault.Vault.ApplianceId, s.ItemName, expected.Code));
            return new ArmDemoOutcome(s, expected, raised, resolved);
        })),
    ];

    private static string Id(int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
