using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Agent.Collection;
using ReplOrchestrator.Agent.Commands;
using ReplOrchestrator.Agent.Configuration;
using ReplOrchestrator.Agent.Embedding;
using ReplOrchestrator.Agent.Heartbeats;
using ReplOrchestrator.Agent.HyperV;
using ReplOrchestrator.Agent.Probes;
using ReplOrchestrator.Agent.Recorded;
using ReplOrchestrator.Agent.Security;
using ReplOrchestrator.Agent.Storage;
using ReplOrchestrator.Agent.Windows;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent;

/// <summary>Composes the agent from validated options: the one place that picks the live Windows host or the recorded one.</summary>
internal static class AgentHost
{
    /// <summary>Builds the host; reads the key and any SAS file now, so a bad one stops the start with one line.</summary>
    /// <exception cref="AgentConfigurationException">A secret cannot be read or is unsafe.</exception>
    public static IHost Build(AgentOptions options, string[] args, HttpMessageHandler? probeHandler = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddWindowsService(s => s.ServiceName = "ReplOrchestratorAgent");
        builder.Services.AddSystemd();
        AddAgent(builder, options, new AgentActivity(), probeHandler);
        return builder.Build();
    }

    /// <summary>
    /// Builds the host for an agent inside another process: no configuration sources, service integration or console
    /// lifetime of its own, and logging only where <paramref name="logging"/> sends it.
    /// </summary>
    /// <exception cref="AgentConfigurationException">A secret cannot be read or is unsafe.</exception>
    public static IHost BuildEmbedded(AgentOptions options, AgentActivity activity, Action<ILoggingBuilder>? logging)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddSingleton<IHostLifetime, EmbeddedLifetime>();
        logging?.Invoke(builder.Logging);
        AddAgent(builder, options, activity, probeHandler: null);
        return builder.Build();
    }

    private static void AddAgent(HostApplicationBuilder builder, AgentOptions options, AgentActivity activity, HttpMessageHandler? probeHandler)
    {
        var key = KeySource(options).Read();
        var storageSas = options.Probes.StorageWriteSasFile is { } sasFile ? new Uri(ProtectedFile.ReadSecret(sasFile, "storage SAS file")) : null;
        var folder = Directory.CreateDirectory(options.StateDirectory!).FullName;

        // HttpClient logs request URLs; the storage SAS is in one, so the HTTP categories stay quiet.
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(activity);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new SequenceStore(folder));
        builder.Services.AddSingleton(new Spool(folder, options.MaxSpooledEvents));
        AddHostSource(builder.Services, options);
        builder.Services.AddSingleton(sp => new HeartbeatSender(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, options.ServerUrl!, key));
        builder.Services.AddSingleton(sp => new ProbeRunner(options.Probes, sp.GetRequiredService<IServiceStates>(),
            probeHandler is null ? new HttpClient() : new HttpClient(probeHandler), storageSas, sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp => new ResumeProcedure(sp.GetRequiredService<IHyperVReplication>(), sp.GetRequiredService<IServiceStates>(), sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(sp => new CommandRunner(sp.GetRequiredService<Spool>(), sp.GetRequiredService<ProbeRunner>(),
            options.Kind == ApplianceKind.HyperVReplica ? sp.GetRequiredService<ResumeProcedure>() : null));
        builder.Services.AddSingleton(sp => new HostCollector(options, sp.GetRequiredService<IServiceStates>(), sp.GetService<IHyperVReplication>(), sp.GetService<IVmmsEventLog>()));
        builder.Services.AddSingleton(sp => new HeartbeatCycle(options, sp.GetRequiredService<HostCollector>(), sp.GetRequiredService<SequenceStore>(),
            sp.GetRequiredService<Spool>(), sp.GetRequiredService<HeartbeatSender>(), sp.GetRequiredService<CommandRunner>(), activity,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger("ReplOrchestrator.Agent")));
        builder.Services.AddHostedService<HeartbeatWorker>();
    }

    private static IApplianceKeySource KeySource(AgentOptions options) =>
        options.KeyCredential is { Length: > 0 } target && OperatingSystem.IsWindows()
            ? new CredentialStoreSource(target)
            : new KeyFileSource(options.KeyFile!);

    private static void AddHostSource(IServiceCollection services, AgentOptions options)
    {
        if (options.Host.Source == HostSource.Windows && OperatingSystem.IsWindows())
        {
            services.AddSingleton<IServiceStates, WindowsServiceStates>();
            services.AddSingleton<IHyperVReplication, PowerShellHyperV>();
            services.AddSingleton<IVmmsEventLog, PowerShellEventLog>();
            return;
        }

        var folder = options.Host.RecordedDirectory!;
        services.AddSingleton<IServiceStates>(new RecordedServiceStates(folder));
        services.AddSingleton<IHyperVReplication>(new RecordedHyperV(folder));
        services.AddSingleton<IVmmsEventLog>(sp => new RecordedEventLog(folder, sp.GetRequiredService<TimeProvider>()));
    }
}
