namespace ReplOrchestrator.Domain.Health;

/// <summary>One reason a VM's health is what it is.</summary>
/// <param name="Kind">The rule that gave it.</param>
/// <param name="Level">The level this reason alone calls for.</param>
/// <param name="Message">Why, with the numbers ("last successful cycle 2 h 10 min ago; RPO target 1 h").</param>
/// <param name="CatalogCode">The catalog code an alert for this reason uses, when one fits (for example <c>RpoExceeded</c>).</param>
public sealed record HealthReason(HealthReasonKind Kind, HealthLevel Level, string Message, string? CatalogCode);
