using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Azure.Identity;
using ReplOrchestrator.Api;
using ReplOrchestrator.Api.Arm;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Api.Problems;
using ReplOrchestrator.Engine.Hosting;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Local.Hosting;

/// <summary>
/// Composes the one-machine host: the embedded engine on SQLite running the replication workflows, the
/// HTTP API on loopback, and the embedded alerts topic. What <c>serve</c>, <c>demo</c> and the tests run.
/// </summary>
internal static class LocalHost
{
    /// <exception cref="IOException">The data directory cannot be written.</exception>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    /// <exception cref="InvalidOperationException">A <c>Repl:Notifications</c> key is misspelled or a value has the wrong type.</exception>
    public static WebApplication Build(LocalHostOptions options, string[]? args = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dataDirectory = DataDirectory.Prepare(options.DataDirectory);
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        builder.WebHost.UseUrls(options.Urls);
        // Kestrel drops a request over its own header limits with a bare 431; reading a little more lets the
        // API answer a problem document up to this ceiling.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestHeaderLimits.ServerCeilingBytes;
            kestrel.Limits.MaxRequestHeaderCount = RequestHeaderLimits.ServerCeilingCount;
        });
        // Defaults under every other source: the console carries alerts, not every finished episode.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                // serve says where it listens itself, in one line; bench keeps standard output to its JSON.
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
                ["Logging:LogLevel:ReplOrchestrator.Engine"] = "Warning",
                ["Logging:LogLevel:Microsoft.DurableTask"] = "Warning",
            },
        });
        builder.Configuration.AddInMemoryCollection(options.Settings);

        var services = builder.Services;
        var topic = new EmbeddedAlertTopic(Path.Combine(dataDirectory, DataDirectory.AlertJournalFile));
        var workflowOptions = ReplConfiguration.WorkflowOptions(builder.Configuration);
        services.AddSingleton(options.Time);
        services.AddSingleton(topic);
        services.AddSingleton<IAlertPublisher>(topic);
        if (options.CloudProbe is { } cloudProbe)
        {
            services.AddSingleton(sp => cloudProbe(sp.GetRequiredService<CloudProbeOptions>()));
        }

        services.AddDurableTaskWorker(worker => worker
            .AddTasks(tasks => tasks.AddReplicationWorkflows(workflowOptions))
            .Configure(durable => durable.DataConverter = DurableJson.Converter)
            .UseEmbeddedEngine(engine => engine.DatabasePath = Path.Combine(dataDirectory, DataDirectory.DatabaseFile)));
        if (options.AlertOutput is { } output)
        {
            services.AddHostedService(sp => new AlertPrinter(topic, output));
        }

        services.AddReplOrchestratorApi(builder.Configuration);
        var arm = services.AddArmSource(builder.Configuration, options.ArmClient ?? (o => ArmClients.Create(o, new DefaultAzureCredential())));
        if (arm.IsEnabled)
        {
            services.AddHostedService<ArmPollingService>();
        }

        var app = builder.Build();
        app.UseApiProblems();
        app.MapReplOrchestratorApi();
        return app;
    }
}
