using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using ReplOrchestrator.Api.Probes;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Engine;
using ReplOrchestrator.Engine.Hosting;
using ReplOrchestrator.Local.Hosting;
using ReplOrchestrator.Workflows;
using ReplOrchestrator.Workflows.Appliances;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Local.Bench;

/// <summary>
/// <c>bench footprint --busy</c>: VMs in one endless initial copy, reported every five minutes of simulated
/// time, with the database's bytes per VM and the longest history of each kind of instance at checkpoints.
/// Every long-running orchestration continues as new and housekeeping purges what finished, so both
/// figures level off instead of growing with the number of reports.
/// </summary>
/// <remarks>
/// The workflows run on the embedded engine on a file, as the local host runs them, but driven on the
/// caller's task on a simulated clock: weeks of reports take minutes, and every timer fires when it would.
/// </remarks>
internal static class BusyFootprintBench
{
    private const string Appliance = "bench-busy";
    private static readonly TimeSpan s_interval = TimeSpan.FromMinutes(5);

    public static async Task RunAsync(int vms, int reports, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("replorchestrator-bench-");
        try
        {
            var database = Path.Combine(folder.FullName, DataDirectory.DatabaseFile);
            var clock = new SimulatedClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
            await using var provider = Services(database, clock);
            var engine = provider.GetRequiredService<DurableEngine>();
            var checkpoints = new List<Checkpoint>();
            var started = clock.GetUtcNow();
            for (var report = 1; report <= reports; report++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await ApplianceMonitorClient.DeliverHeartbeatAsync(engine.Client, Heartbeat(report, vms, started, clock.GetUtcNow()), clock.GetUtcNow(), monitorExists: report > 1, cancellationToken);
                await engine.RunUntilIdleAsync(cancellationToken);
                if (IsCheckpoint(report, reports))
                {
                    checkpoints.Add(await MeasureAsync(engine, database, report, vms));
                }

                clock.Advance(s_interval);
                await engine.RunUntilIdleAsync(cancellationToken);
            }

            var last = checkpoints[^1];
            await BenchOutput.WriteAsync(output, new
            {
                benchmark = "footprint",
                @case = "busy",
                vms,
                reports,
                simulatedDays = Math.Round((clock.GetUtcNow() - started).TotalDays, 1),
                last.DatabaseBytesPerVm,
                maxHistoryEvents = last.MaxHistoryEvents,
                checkpoints,
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    // Ten checkpoints, the last at the last report.
    private static bool IsCheckpoint(int report, int reports) => report == reports || report % Math.Max(1, reports / 10) == 0;

    private static async Task<Checkpoint> MeasureAsync(DurableEngine engine, string database, int report, int vms)
    {
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kind, id) in Instances(vms))
        {
            longest[kind] = Math.Max(longest.GetValueOrDefault(kind), (await engine.GetHistoryAsync(id)).Count);
        }

        var bytes = new[] { database, database + "-wal" }.Where(File.Exists).Sum(path => new FileInfo(path).Length);
        return new Checkpoint(report, Math.Round(bytes / (double)vms), longest["appliance"], longest["vm"], longest["cycle"], longest["upload"]);
    }

    private static IEnumerable<(string Kind, string Id)> Instances(int vms)
    {
        yield return ("appliance", InstanceIds.Appliance(Appliance));
        for (var i = 0; i < vms; i++)
        {
            var vm = VmId(i);
            yield return ("vm", InstanceIds.Vm(Appliance, vm));
            yield return ("cycle", InstanceIds.Cycle(Appliance, vm, "c-initial"));
            yield return ("upload", InstanceIds.DiskUpload(Appliance, vm, "c-initial", "disk-0"));
        }
    }

    private static string VmId(int index) => $"vm-{index:000}";

    // An initial copy of a 64 TiB disk, a gibibyte further at every report: it never ends within the run.
    private static Heartbeat Heartbeat(long sequence, int vms, DateTimeOffset copyStarted, DateTimeOffset now)
    {
        var reports = Enumerable.Range(0, vms).Select(i => new VmReport(
            VmId(i), $"vm{i:000}", "esx01.contoso.local", new ReplicationInfo(ReplicationState.InitialReplication, null),
            new CycleReport("c-initial", CycleType.Initial, CyclePhase.Upload, copyStarted, [new DiskProgress("disk-0", 64L << 40, sequence << 30)], null))).ToList();
        return new Heartbeat(Domain.Heartbeats.Heartbeat.SchemaV1, Appliance, ApplianceKind.AzureMigrateVMware, sequence, now,
            [new ServiceStatus(ServiceStatus.Gateway, ServiceState.Running)], [new ApplianceEndpoint(EndpointRole.Storage, "migratelsa1.blob.core.windows.net", 443)],
            reports, [], [], []);
    }

    private static ServiceProvider Services(string database, SimulatedClock clock)
    {
        // The longest cap there is, so the copy runs for the whole measurement.
        var options = new WorkflowOptions { Cycle = new CycleOptions { InitialUploadMaxDuration = TimeSpan.FromDays(90) } };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IHostApplicationLifetime, ApplicationLifetime>();
        services.AddSingleton<IAlertPublisher>(new EmbeddedAlertTopic(journalPath: null));
        services.AddSingleton<ICloudProbe>(new DnsTcpCloudProbe(clock, new CloudProbeOptions()));
        services.AddSingleton(NotificationPolicy.None);
        services.AddDurableTaskWorker(worker => worker
            .AddTasks(tasks => tasks.AddReplicationWorkflows(options))
            .Configure(durable => durable.DataConverter = DurableJson.Converter)
            .UseEmbeddedEngine(engine => engine.DatabasePath = database));
        return services.BuildServiceProvider();
    }

    private sealed record Checkpoint(int Reports, double DatabaseBytesPerVm, int ApplianceHistoryEvents, int VmHistoryEvents, int CycleHistoryEvents, int UploadHistoryEvents)
    {
        public int MaxHistoryEvents => Math.Max(Math.Max(ApplianceHistoryEvents, VmHistoryEvents), Math.Max(CycleHistoryEvents, UploadHistoryEvents));
    }
}
