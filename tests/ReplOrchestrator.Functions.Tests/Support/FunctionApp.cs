using System.Reflection;
using Azure.Messaging.ServiceBus;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Core;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>
/// The function app's composition, built (never started: no Functions host runs here) with the test
/// settings, a driven clock and recording Service Bus entities in place of the real ones.
/// </summary>
internal sealed class FunctionApp : IDisposable
{
    private FunctionApp(IHost host, RecordingSender sender, RecordingReceiver receiver)
    {
        Host = host;
        Sender = sender;
        Receiver = receiver;
    }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    /// <summary>What was sent to the <c>alerts</c> topic.</summary>
    public RecordingSender Sender { get; }

    /// <summary>The <c>heartbeats</c> queue.</summary>
    public RecordingReceiver Receiver { get; }

    public static FunctionApp Build(TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        RunExtensionStartups(builder);
        builder.Configuration.AddInMemoryCollection(settings ?? TestSettings.Values());
        builder.AddReplOrchestrator();
        var sender = new RecordingSender();
        var receiver = new RecordingReceiver();
        builder.Services.Replace(ServiceDescriptor.Singleton<ServiceBusSender>(sender));
        builder.Services.Replace(ServiceDescriptor.Singleton<ServiceBusReceiver>(receiver));
        if (time is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(time));
        }

        return new FunctionApp(builder.Build(), sender, receiver);
    }

    public void Dispose() => Host.Dispose();

    /// <summary>
    /// Runs the extensions' startup code (the Durable extension's middleware, input converters, metadata transformer
    /// and data converter setup) as the worker does at start. The worker finds the executor the SDK generates through
    /// an attribute on the entry assembly, which in a test run is the test host, so the app's assembly is named here.
    /// </summary>
    private static void RunExtensionStartups(IFunctionsWorkerApplicationBuilder builder)
    {
        var executor = typeof(FunctionsHost).Assembly.GetCustomAttribute<WorkerExtensionStartupCodeExecutorInfoAttribute>()
            ?? throw new InvalidOperationException("The function app has no generated extension startup executor.");
        ((WorkerExtensionStartup)Activator.CreateInstance(executor.StartupCodeExecutorType)!).Configure(builder);
    }
}
