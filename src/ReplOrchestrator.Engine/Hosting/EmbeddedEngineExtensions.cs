using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ReplOrchestrator.Engine.Hosting;

/// <summary>Runs a Durable Task worker's orchestrations and activities on the embedded engine.</summary>
public static class EmbeddedEngineExtensions
{
    /// <summary>
    /// Makes the embedded engine the worker's build target: the tasks the builder registers run on a
    /// <see cref="DurableEngine"/>, which the host starts and stops with its hosted services.
    /// </summary>
    /// <param name="builder">The worker builder that registers the tasks.</param>
    /// <param name="configure">Sets the engine's options (<see cref="EngineOptions.DatabasePath"/> at least).</param>
    /// <returns>The builder, for chaining.</returns>
    /// <remarks>
    /// <para>Registers singletons <see cref="DurableEngine"/> and <see cref="DurableTaskClient"/> (the engine's
    /// <see cref="DurableEngine.Client"/>). Resolve the engine and call <see cref="DurableEngine.RunUntilIdleAsync"/>
    /// to drive it without starting the host, as tests do.</para>
    /// <para>The builder's <see cref="DurableTaskWorkerOptions"/> (<c>builder.Configure(o =&gt; o.DataConverter = …)</c>)
    /// serve orchestrations, activities and the client alike: <see cref="EngineOptions.DataConverter"/> is
    /// set from them. A <see cref="TimeProvider"/> and an <see cref="ILoggerFactory"/> registered in the
    /// container are used; otherwise the system clock and no logging.</para>
    /// <para>One engine per container: calling this again on the same builder adds configuration, on another builder it throws.</para>
    /// </remarks>
    /// <exception cref="InvalidOperationException">Another worker builder in the container already uses the engine.</exception>
    public static IDurableTaskWorkerBuilder UseEmbeddedEngine(this IDurableTaskWorkerBuilder builder, Action<EngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var name = builder.Name;
        var existing = services.FirstOrDefault(d => d.ServiceType == typeof(EngineRegistration))?.ImplementationInstance as EngineRegistration;
        if (existing is not null && !string.Equals(existing.BuilderName, name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The embedded engine already runs the tasks of worker '{existing.BuilderName}'; one engine per container, so worker '{name}' cannot use it too.");
        }

        var engineOptions = services.AddOptions<EngineOptions>(name);
        if (configure is not null)
        {
            engineOptions.Configure(configure);
        }

        if (existing is null)
        {
            services.AddSingleton(new EngineRegistration(name));
            services.AddSingleton(provider => new WorkerTaskFactory(provider));
            services.AddSingleton(provider => CreateEngine(provider, name));
            services.AddSingleton<DurableTaskClient>(provider => provider.GetRequiredService<DurableEngine>().Client);
        }

        return builder.UseBuildTarget<EmbeddedEngineWorker>();
    }

    private static DurableEngine CreateEngine(IServiceProvider provider, string name)
    {
        var workerOptions = provider.GetRequiredService<IOptionsMonitor<DurableTaskWorkerOptions>>().Get(name);
        var options = provider.GetRequiredService<IOptionsMonitor<EngineOptions>>().Get(name) with { DataConverter = workerOptions.DataConverter };
        var loggers = provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        var tasks = provider.GetRequiredService<WorkerTaskFactory>();
        return new DurableEngine(
            options,
            new SdkOrchestrationInvoker(tasks, provider, workerOptions, loggers),
            new SdkActivityInvoker(tasks, provider, workerOptions, loggers),
            provider.GetService<TimeProvider>(),
            loggers.CreateLogger<DurableEngine>());
    }

    // Marks the container as having an engine, and for which worker builder.
    private sealed record EngineRegistration(string BuilderName);
}
