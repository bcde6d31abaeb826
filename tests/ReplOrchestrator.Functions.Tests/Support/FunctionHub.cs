using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ReplOrchestrator.Api.Configuration;
using ReplOrchestrator.Functions.Activities;
using ReplOrchestrator.Functions.Durable;
using ReplOrchestrator.TestUtilities.Durable;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Alerts;
using ReplOrchestrator.Workflows.Cycles;
using ReplOrchestrator.Workflows.Ports;
using ReplOrchestrator.Workflows.Vms;

namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>
/// The embedded engine standing in for the Functions host's Durable extension behind a <see cref="FunctionApp"/>:
/// it runs what the app registers with <c>AddTasks</c> (<see cref="FunctionWorkflows"/>) and calls the app's
/// activity functions for the rest, with the app's own data converter, on the hub's driven clock.
/// </summary>
internal sealed class FunctionHub : IAsyncDisposable
{
    private FunctionApp? _app;

    private FunctionHub(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = ReplConfiguration.WorkflowOptions(configuration);
        // The converter the app's worker uses: the same composition, read before the app that shares the hub's clock exists.
        using (var probe = FunctionApp.Build(settings: settings))
        {
            Converter = probe.Services.GetRequiredService<IOptions<DurableTaskWorkerOptions>>().Value.DataConverter;
        }

        Engine = SdkEngineHost.Create(
            worker => worker
                .AddTasks(registry => AddFunctions(FunctionWorkflows.Register(registry, options)))
                .Configure(durable => durable.DataConverter = Converter),
            services: services => services
                .AddSingleton<IHostApplicationLifetime, ApplicationLifetime>()
                .AddSingleton<ICloudProbe>(new OfflineCloudProbe()));
        _app = FunctionApp.Build(Engine.Time, settings);
    }

    public SdkEngineHost Engine { get; }

    public FunctionApp App => _app ?? throw new ObjectDisposedException(nameof(FunctionHub));

    public DurableTaskClient Client => Engine.Client;

    public DataConverter Converter { get; }

    public static FunctionHub Create(IReadOnlyDictionary<string, string?>? settings = null) => new(settings ?? TestSettings.Values());

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        _app?.Dispose();
        _app = null;
    }

    private DurableTaskRegistry AddFunctions(DurableTaskRegistry registry) => registry
        .AddActivity(WorkflowNames.EnsureVmMonitors, sp => Activity<IReadOnlyList<VmMonitorState>, int>(sp, WorkflowNames.EnsureVmMonitors, (f, i, c, x) => f.EnsureVmMonitorsAsync(i, c, x)))
        .AddActivity(WorkflowNames.StartReplicationCycle, sp => Activity<CycleStart, bool>(sp, WorkflowNames.StartReplicationCycle, (f, i, c, x) => f.StartReplicationCycleAsync(i, c, x)))
        .AddActivity(WorkflowNames.StartDiskUploads, sp => Activity<IReadOnlyList<DiskUploadStart>, int>(sp, WorkflowNames.StartDiskUploads, (f, i, c, x) => f.StartDiskUploadsAsync(i, c, x)))
        .AddActivity(WorkflowNames.PurgeFinishedInstances, sp => Activity<DateTimeOffset, int>(sp, WorkflowNames.PurgeFinishedInstances, (f, i, c, x) => f.PurgeFinishedInstancesAsync(i, c, x)))
        .AddActivity(WorkflowNames.SignalAlerts, sp => Activity<IReadOnlyList<AlertDelivery>, int>(sp, WorkflowNames.SignalAlerts, (f, i, c, x) => f.SignalAlertsAsync(i, c, x)))
        .AddActivity(WorkflowNames.PublishAlert, sp => Activity<PublishRequest, PublishOutcome>(sp, WorkflowNames.PublishAlert, (f, i, c, x) => f.PublishAlertAsync(i, c, x)));

    private FunctionActivity<TInput, TOutput> Activity<TInput, TOutput>(
        IServiceProvider engine, string name, Func<ClientActivityFunctions, TInput, DurableTaskClient, FunctionContext, Task<TOutput>> function) =>
        new(name, function, engine.GetRequiredService<DurableTaskClient>(), () => App.Services);
}
