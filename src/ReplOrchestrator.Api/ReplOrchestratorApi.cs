using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReplOrchestrator.Api.Alerts;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Api.Caching;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Api.Dashboard;
using ReplOrchestrator.Api.Fleet;
using ReplOrchestrator.Api.Heartbeats;
using ReplOrchestrator.Api.Notifications;
using ReplOrchestrator.Api.Probes;
using ReplOrchestrator.Api.Problems;
using ReplOrchestrator.Api.Security;
using ReplOrchestrator.Api.Silences;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Api;

/// <summary>The HTTP API both hosts serve: <c>AddReplOrchestratorApi</c> for services, <c>MapReplOrchestratorApi</c> for routes.</summary>
public static class ReplOrchestratorApi
{
    /// <summary>
    /// Registers the API's services, problem details included. The host registers a <c>DurableTaskClient</c>
    /// and a <see cref="TimeProvider"/>, and puts <see cref="ApiProblemPipeline.UseApiProblems"/> before the routes.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// A setting is out of range, or a configured key is shorter than 128 bits; the message lists every problem in one line.
    /// </exception>
    public static IServiceCollection AddReplOrchestratorApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ConfiguredKeys.ThrowIfAnyWeak(configuration);
        ReservedApplianceIds.ThrowIfAnyTaken(configuration);
        services.AddApiProblemDetails();
        services.Configure<AccessOptions>(configuration.GetSection(AccessOptions.Section));
        services.AddSingleton(ReplConfiguration.HeartbeatLimits(configuration));
        services.AddSingleton(ReplConfiguration.SilenceOptions(configuration));
        // Read and validated here so a bad Repl:Notifications tree stops either host at start.
        services.AddSingleton(ReplConfiguration.Notifications(configuration));
        services.AddNotificationDelivery();
        services.AddSingleton(ReplConfiguration.CloudProbeOptions(configuration));
        // The VM view draws phases against the limits the workflows time them by.
        services.AddSingleton(ReplConfiguration.WorkflowOptions(configuration).Cycle);
        // A host may have put its own probe first (the demo answers from its simulation).
        services.TryAddSingleton<ICloudProbe>(sp => new DnsTcpCloudProbe(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<CloudProbeOptions>()));
        services.AddSingleton<ApplianceAuthenticator>();
        services.AddSingleton<ApiKeyAuthenticator>();
        services.AddSingleton<SequenceGate>();
        services.AddSingleton<HeartbeatIntake>();
        services.AddTransient<HeartbeatEndpoint>();
        services.AddSingleton<FleetSnapshots>();
        services.AddRouting();
        return services;
    }

    /// <summary>Maps the routes under <c>/api</c>, the dashboard at <c>/api/dashboard/</c> among them, and <c>/</c> to it.</summary>
    public static IEndpointRouteBuilder MapReplOrchestratorApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapPost("/heartbeats", (HttpContext context, HeartbeatEndpoint endpoint) => endpoint.HandleAsync(context));

        // Even the liveness check needs a key: an unauthenticated endpoint tells a scanner what runs here.
        // The dashboard's files hold no fleet data; everything it shows comes through the keyed routes below.
        endpoints.MapGet("/", DashboardEndpoints.ToRoot).ExcludeFromDescription();
        api.MapGet("/dashboard/{**path}", DashboardEndpoints.Asset);

        var read = api.MapGroup(string.Empty).RequireApiKey(ApiAccess.Read).WithEntityTags();
        read.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        read.MapGet("/fleet", FleetEndpoints.FleetAsync);
        read.MapGet("/appliances/{applianceId}/vms/{vmId}", FleetEndpoints.VmAsync);
        read.MapGet("/alerts", AlertEndpoints.ListAsync);
        read.MapGet("/silences", SilenceEndpoints.ListAsync);

        // Muting is a change to what people are told: an operator's right, not a reader's.
        var change = api.MapGroup(string.Empty).RequireApiKey(ApiAccess.Operate);
        change.MapPost("/silences", SilenceEndpoints.CreateAsync);
        change.MapDelete("/silences/{id}", SilenceEndpoints.DeleteAsync);
        return endpoints;
    }
}
