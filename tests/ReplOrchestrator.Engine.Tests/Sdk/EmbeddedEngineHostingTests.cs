using System.Collections.Concurrent;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Engine.Hosting;
using ReplOrchestrator.TestUtilities.Durable;

namespace ReplOrchestrator.Engine.Tests.Sdk;

/// <summary><c>UseEmbeddedEngine</c>: what it registers, how the host runs the engine, and how it fails when misused.</summary>
public sealed class EmbeddedEngineHostingTests
{
    private static readonly TimeSpan s_safety = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task UseEmbeddedEngine_RegistersTheEngineAndItsClientAsSingletons()
    {
        await using var host = SdkEngineHost.Create(worker => worker.AddTasks(tasks => tasks.AddOrchestratorFunc("Noop", _ => Task.CompletedTask)), inMemory: true);

        host.Services.GetRequiredService<DurableTaskClient>().ShouldBeSameAs(host.Engine.Client);
        host.Services.GetRequiredService<DurableEngine>().ShouldBeSameAs(host.Engine);
        host.Engine.IsRunning.ShouldBeFalse();
    }

    [Fact]
    public async Task HostedService_StartAndStop_RunTheEngineInTheBackground()
    {
        await using var host = SdkEngineHost.Create(worker => worker.AddTasks(tasks => tasks
            .AddActivityFunc<int, int>("Double", (_, n) => n * 2)
            .AddOrchestratorFunc<int, int>("DoubleTwice", async (context, n) =>
                await context.CallActivityAsync<int>("Double", await context.CallActivityAsync<int>("Double", n)))));
        var hosted = host.Services.GetServices<IHostedService>().ToList();
        using var timeout = new CancellationTokenSource(s_safety);

        foreach (var service in hosted)
        {
            await service.StartAsync(timeout.Token);
        }

        host.Engine.IsRunning.ShouldBeTrue();
        await host.Client.StartNewAsync("DoubleTwice", "bg", 5);
        (await host.Client.WaitForInstanceCompletionAsync("bg", getInputsAndOutputs: true, timeout.Token)).ReadOutputAs<int>().ShouldBe(20);

        foreach (var service in hosted)
        {
            await service.StopAsync(timeout.Token);
        }

        host.Engine.IsRunning.ShouldBeFalse();
    }

    [Fact]
    public async Task Activity_RegisteredByType_GetsItsDependenciesFromTheContainer()
    {
        var calls = new ConcurrentQueue<string>();
        await using var host = SdkEngineHost.Create(
            worker => worker.AddTasks(tasks => tasks
                .AddActivity<RecordingActivity>("Record")
                .AddOrchestratorFunc<string, string>("UsesRecord", (context, text) => context.CallActivityAsync<string>("Record", text))),
            services: services => services.AddSingleton(calls));

        await host.Client.StartNewAsync("UsesRecord", "dep", "hello");
        await host.RunUntilIdleAsync();

        (await host.StatusAsync("dep")).ReadOutputAs<string>().ShouldBe("recorded hello");
        calls.ShouldBe(["hello"]);
    }

    [Fact]
    public async Task UseEmbeddedEngine_AnotherBuildTargetSetAfterIt_FailsOnFirstUseSayingWhatToDo()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddDurableTaskWorker(builder => builder
            .AddTasks(tasks => tasks.AddOrchestratorFunc("Noop", _ => Task.CompletedTask))
            .UseEmbeddedEngine(options => options.DatabasePath = EngineOptions.InMemory)
            .UseBuildTarget<IdleWorker>());
        await using var provider = services.BuildServiceProvider();

        var error = await Should.ThrowAsync<InvalidOperationException>(() =>
            provider.GetRequiredService<DurableTaskClient>().ScheduleNewOrchestrationInstanceAsync("Noop"));

        error.Message.ShouldContain("No Durable Task worker targets the embedded engine");
        error.Message.ShouldContain("UseEmbeddedEngine()");
    }

    [Fact]
    public void UseEmbeddedEngine_OnASecondWorkerBuilder_Throws()
    {
        var services = new ServiceCollection();
        services.AddDurableTaskWorker("first", builder => builder.UseEmbeddedEngine());

        var error = Should.Throw<InvalidOperationException>(() => services.AddDurableTaskWorker("second", builder => builder.UseEmbeddedEngine()));

        error.Message.ShouldContain("'first'");
    }

    private sealed class RecordingActivity(ConcurrentQueue<string> calls) : TaskActivity<string, string>
    {
        public override Task<string> RunAsync(TaskActivityContext context, string input)
        {
            calls.Enqueue(input);
            return Task.FromResult($"recorded {input}");
        }
    }

    private sealed class IdleWorker(string name, IDurableTaskFactory factory) : DurableTaskWorker(name, factory)
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
    }
}
