namespace ReplOrchestrator.Functions.ServiceBus;

/// <summary>The Service Bus entities the app uses, as the Bicep template names them.</summary>
internal static class ServiceBusEntities
{
    /// <summary>The settings section of the identity-based connection (<c>ServiceBusConnection__fullyQualifiedNamespace</c> in app settings).</summary>
    public const string ConnectionSection = "ServiceBusConnection";

    /// <summary>The topic alerts are published to.</summary>
    public const string AlertsTopic = "alerts";

    /// <summary>The queue appliances may send heartbeats to instead of HTTP.</summary>
    public const string HeartbeatsQueue = "heartbeats";
}
