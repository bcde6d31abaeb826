using System.Text.Json.Nodes;

namespace ReplOrchestrator.Functions.Manifest;

/// <summary>The <c>function.json</c> binding objects the app uses, in one place so names stay consistent.</summary>
internal static class Bindings
{
    /// <summary>The app setting prefix of the identity-based Service Bus connection.</summary>
    public const string ServiceBusConnection = "ServiceBusConnection";

    public static JsonObject OrchestrationTrigger(string name = "context") =>
        new() { ["name"] = name, ["type"] = "orchestrationTrigger", ["direction"] = "in" };

    public static JsonObject ActivityTrigger(string name = "input") =>
        new() { ["name"] = name, ["type"] = "activityTrigger", ["direction"] = "in" };

    public static JsonObject HttpTrigger(string route, params string[] methods) => new()
    {
        ["name"] = "req",
        ["type"] = "httpTrigger",
        ["direction"] = "in",
        ["authLevel"] = "function",
        ["route"] = route,
        ["methods"] = new JsonArray([.. methods.Select(m => JsonValue.Create(m.ToLowerInvariant()))]),
    };

    public static JsonObject HttpOutput() => new() { ["name"] = "res", ["type"] = "http", ["direction"] = "out" };

    public static JsonObject DurableClient() => new() { ["name"] = "starter", ["type"] = "durableClient", ["direction"] = "in" };

    public static JsonObject ServiceBusTopicOutput(string name, string topic) => new()
    {
        ["name"] = name,
        ["type"] = "serviceBus",
        ["direction"] = "out",
        ["topicName"] = topic,
        ["connection"] = ServiceBusConnection,
    };

    public static JsonObject ServiceBusSubscriptionTrigger(string topic, string subscription) => new()
    {
        ["name"] = "message",
        ["type"] = "serviceBusTrigger",
        ["direction"] = "in",
        ["topicName"] = topic,
        ["subscriptionName"] = subscription,
        ["connection"] = ServiceBusConnection,
    };

    public static JsonObject ServiceBusQueueTrigger(string queue) => new()
    {
        ["name"] = "message",
        ["type"] = "serviceBusTrigger",
        ["direction"] = "in",
        ["queueName"] = queue,
        ["connection"] = ServiceBusConnection,
    };
}
