using ReplOrchestrator.Domain.Configuration;

namespace ReplOrchestrator.Domain.Notifications;

/// <summary>
/// Who is told about which alerts, shaped like Prometheus Alertmanager's configuration so its users recognise
/// it: a route tree and named receivers; bound from <c>Repl:Notifications</c>. Compile it with
/// <see cref="NotificationPolicy.Create"/>, which validates it first.
/// </summary>
/// <remarks>
/// Webhook URLs and SMTP passwords are secrets: validation messages and <see cref="ToString"/> never show them.
/// </remarks>
public sealed record NotificationOptions : IValidatedOptions
{
    /// <summary>The configuration section: problems are named by paths under it.</summary>
    public const string Section = "Repl:Notifications";

    /// <summary>The root route; required, with a receiver.</summary>
    public RouteOptions? Route { get; init; }

    /// <summary>The receivers routes may name.</summary>
    public IReadOnlyList<ReceiverOptions> Receivers { get; init; } = [];

    /// <summary>How long a <c>Warning</c> alert may fire before it is routed as <c>Critical</c> (see <see cref="SeverityEscalation"/>).</summary>
    /// <value>Null (the default) never escalates; 1 s to 7 days.</value>
    public TimeSpan? EscalateWarningAfter { get; init; }

    /// <summary>
    /// Where people open the dashboard, such as <c>https://func-repl.azurewebsites.net/api/dashboard/</c>: a card or mail
    /// about one VM then links to that VM's page. Null (the default) links to documentation only.
    /// </summary>
    public string? DashboardUrl { get; init; }

    /// <summary>The dashboard's page for one VM, with <c>{applianceId}</c> and <c>{vmId}</c> placeholders; null without <see cref="DashboardUrl"/>.</summary>
    /// <remarks>A method, not a property: the binder counts every property name as a known key.</remarks>
    public string? DashboardVmUrl() => DashboardUrl is { Length: > 0 } url ? url.TrimEnd('/') + "/#vm/{applianceId}/{vmId}" : null;

    /// <inheritdoc/>
    /// <remarks>Each problem starts with its configuration path, such as <c>Repl:Notifications:Route:Routes:0:Matchers:1</c>.</remarks>
    public IReadOnlyList<string> Validate() => NotificationOptionsValidator.Validate(this);

    /// <summary>Describes the routes and receivers without secrets.</summary>
    public override string ToString() =>
        $"NotificationOptions {{ Route = {Route?.ToString() ?? "(none)"}, Receivers = [{string.Join(" | ", Receivers)}], "
        + $"EscalateWarningAfter = {(EscalateWarningAfter is { } after ? after.ToString("c", System.Globalization.CultureInfo.InvariantCulture) : "(never)")} }}";
}
