using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Notifications.Teams;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Api.Notifications;

/// <summary>The senders the notification groups deliver through, as both hosts register them.</summary>
internal static class NotificationRegistration
{
    /// <summary>The name of the HTTP client Teams webhooks are posted with.</summary>
    public const string TeamsClient = "teams-webhooks";

    public static IServiceCollection AddNotificationDelivery(this IServiceCollection services)
    {
        // No redirects: a webhook that answers with one is misconfigured, and following it would post the card elsewhere.
        // The factory's own request logging names the URL, and a webhook's query carries its signature: the sender
        // logs each outcome with the URL cut to scheme and host instead.
        services.AddHttpClient(TeamsClient)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.TryAddSingleton(sp => new TeamsCardOptions { DashboardVmUrl = sp.GetRequiredService<NotificationPolicy>().Options?.DashboardVmUrl() });
        services.TryAddSingleton(sp => ActivatorUtilities.CreateInstance<TeamsWebhookSender>(
            sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(TeamsClient)));
        services.TryAddSingleton(sp => new SmtpEmailSender(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SmtpEmailSender>>())
        {
            Content = sp.GetRequiredService<TeamsCardOptions>(),
        });
        services.TryAddSingleton<INotificationSender, NotificationSender>();
        return services;
    }
}
