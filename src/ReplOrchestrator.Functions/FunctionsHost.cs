using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Api;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Functions.Alerts;
using ReplOrchestrator.Functions.Durable;
using ReplOrchestrator.Functions.Heartbeats;
using ReplOrchestrator.Functions.Http;
using ReplOrchestrator.Functions.KeyVault;
using ReplOrchestrator.Functions.ServiceBus;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Functions;

/// <summary>
/// Composes the function app: the replication workflows on the Durable worker, the API behind one HTTP
/// function, alerts to the Service Bus <c>alerts</c> topic, the <c>heartbeats</c> queue drained on a
/// timer, and secrets from Key Vault when <c>Repl:KeyVault:Uri</c> is set.
/// </summary>
internal static class FunctionsHost
{
    /// <summary>Adds everything the app runs to <paramref name="builder"/>; tests replace services before building.</summary>
    /// <exception cref="ArgumentException">A setting is invalid; the message lists every problem.</exception>
    /// <exception cref="InvalidOperationException">A <c>Repl:Notifications</c> key is misspelled or a value has the wrong type.</exception>
    public static FunctionsApplicationBuilder AddReplOrchestrator(this FunctionsApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var credential = AzureCredential.From(configuration);
        if (configuration[KeyVaultSecretsSource.UriSetting] is { Length: > 0 } vault)
        {
            // Configuration is read before the app's logging exists, so refresh outcomes get their own console logger.
            var logger = LoggerFactory.Create(logging => logging.AddSimpleConsole()).CreateLogger<KeyVaultSecretsSource>();
            ((IConfigurationBuilder)configuration).Add(new KeyVaultSecretsSource(new Uri(vault), credential) { Logger = logger });
        }

        builder.ConfigureFunctionsWebApplication();
        var services = builder.Services;

        // The Durable extension takes its DataConverter from the worker's serializer (and overrides any other),
        // so this one setting puts every orchestration input, output, event and custom status in DurableJson.
        services.Configure<WorkerOptions>(worker => worker.Serializer = new JsonObjectSerializer(DurableJson.Options));
        var workflowOptions = ReplConfiguration.WorkflowOptions(configuration);
        builder.ConfigureDurableWorker().AddTasks(registry => FunctionWorkflows.Register(registry, workflowOptions));

        services.AddSingleton(TimeProvider.System);
        services.AddServiceBusEntities(configuration, credential);
        services.AddSingleton<IAlertPublisher, ServiceBusAlertPublisher>();
        services.AddSingleton(new HeartbeatQueueOptions());
        services.AddSingleton<HeartbeatQueueDrain>();
        services.AddInvocationDurableClient();
        services.AddReplOrchestratorApi(configuration);
        services.AddArmSource(configuration, options => ArmClients.Create(options, credential));
        services.AddSingleton<ApiPipeline>();
        return builder;
    }
}
