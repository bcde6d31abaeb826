using Azure.Identity;
using ReplOrchestrator.Api;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Api.Probes;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Hosting;
using ReplOrchestrator.Functions.CustomHandler;
using ReplOrchestrator.Functions.DurableClient;
using ReplOrchestrator.Functions.KeyVault;
using ReplOrchestrator.Functions.Manifest;
using ReplOrchestrator.Functions.Triggers;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Functions;

/// <summary>
/// Composes the custom handler: the replication workflows behind the orchestration and activity
/// triggers, the API behind the HTTP triggers, alerts through the Service Bus output binding, and
/// secrets from Key Vault when <c>Repl:KeyVault:Uri</c> is set.
/// </summary>
internal static class FunctionsHost
{
    public static WebApplication Build(string[] args, int port, Action<IServiceCollection>? overrides = null)
    {
        var configuration = new ConfigurationManager();
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(args);
        if (configuration["Repl:KeyVault:Uri"] is { Length: > 0 } vault)
        {
            // The user-assigned identity's client id comes in AZURE_CLIENT_ID, which the credential reads itself.
            // Configuration is built before the app's logging, so the refresh outcomes get their own console logger.
            var logger = LoggerFactory.Create(logging => logging.AddSimpleConsole()).CreateLogger<KeyVaultSecretsSource>();
            ((IConfigurationBuilder)configuration).Add(new KeyVaultSecretsSource(new Uri(vault), new DefaultAzureCredential()) { Logger = logger });
        }

        var workflowOptions = ReplConfiguration.WorkflowOptions(configuration);
        return HandlerApplication.Build(args, port, services =>
        {
            services.AddSingleton<IConfiguration>(configuration);
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<IAlertPublisher, OutputBindingAlertPublisher>();
            services.AddSingleton<ICloudProbe>(sp => new DnsTcpCloudProbe(sp.GetRequiredService<TimeProvider>()));
            services.AddHttpClient();
            services.AddSingleton(sp =>
            {
                var http = sp.GetRequiredService<IHttpClientFactory>();
                return new InvocationDurableClient(binding => DurableClientFactory.Create(binding, http.CreateClient("grpc"), http.CreateClient("management")));
            });
            services.AddScoped(sp => sp.GetRequiredService<InvocationDurableClient>().Current);
            services.AddSingleton(sp => new DurableTaskRegistry().AddReplicationWorkflows(new WorkflowDependencies(
                workflowOptions,
                () => sp.GetRequiredService<InvocationDurableClient>().Current,
                sp.GetRequiredService<IAlertPublisher>(),
                sp.GetRequiredService<ICloudProbe>(),
                sp.GetRequiredService<TimeProvider>())));
            services.AddSingleton(sp => FunctionManifest.Build(sp.GetRequiredService<DurableTaskRegistry>()));
            services.AddSingleton<IOrchestrationInvoker>(sp => new InProcessOrchestrationInvoker(sp.GetRequiredService<DurableTaskRegistry>(), sp.GetRequiredService<ILoggerFactory>()));
            services.AddSingleton<IActivityInvoker>(sp => new InProcessActivityInvoker(sp.GetRequiredService<DurableTaskRegistry>(), sp.GetRequiredService<ILoggerFactory>()));
            services.AddReplOrchestratorApi(configuration);
            services.AddSingleton(sp => HttpApiPipeline.Build(sp, endpoints => endpoints.MapReplOrchestratorApi()));
            services.AddSingleton<IInvocationHandler, HttpTriggerHandler>();
            services.AddSingleton<IInvocationHandler, ServiceBusTriggerHandler>();
            overrides?.Invoke(services);
        });
    }
}
