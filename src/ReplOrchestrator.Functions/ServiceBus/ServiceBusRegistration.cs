using Azure.Core;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ReplOrchestrator.Functions.ServiceBus;

/// <summary>
/// Registers one <see cref="ServiceBusClient"/> on the namespace named in
/// <c>ServiceBusConnection:fullyQualifiedNamespace</c>, with the app's identity, and from it the sender to the
/// <c>alerts</c> topic and the peek-lock receiver of the <c>heartbeats</c> queue. All are singletons (they hold
/// one AMQP connection) and created on first use, so a process that never touches Service Bus never connects.
/// </summary>
internal static class ServiceBusRegistration
{
    /// <exception cref="InvalidOperationException">(On first use) the namespace setting is missing.</exception>
    public static IServiceCollection AddServiceBusEntities(this IServiceCollection services, IConfiguration configuration, TokenCredential credential) => services
        .AddSingleton(_ => new ServiceBusClient(Namespace(configuration), credential))
        .AddSingleton(sp => sp.GetRequiredService<ServiceBusClient>().CreateSender(ServiceBusEntities.AlertsTopic))
        .AddSingleton(sp => sp.GetRequiredService<ServiceBusClient>().CreateReceiver(ServiceBusEntities.HeartbeatsQueue,
            new ServiceBusReceiverOptions { ReceiveMode = ServiceBusReceiveMode.PeekLock, PrefetchCount = 0 }));

    private static string Namespace(IConfiguration configuration) =>
        configuration.GetSection(ServiceBusEntities.ConnectionSection)["fullyQualifiedNamespace"] is { Length: > 0 } name
            ? name
            : throw new InvalidOperationException(
                $"Set {ServiceBusEntities.ConnectionSection}__fullyQualifiedNamespace to the Service Bus namespace's host name (<name>.servicebus.windows.net).");
}
