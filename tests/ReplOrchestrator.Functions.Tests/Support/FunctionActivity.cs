using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Functions.Activities;

namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>
/// Stands in for the Durable extension calling one of the app's activity functions: builds the function class
/// in a fresh invocation scope of the app and calls its method with the hub's client, as the worker would.
/// </summary>
internal sealed class FunctionActivity<TInput, TOutput>(
    string name,
    Func<ClientActivityFunctions, TInput, DurableTaskClient, FunctionContext, Task<TOutput>> function,
    DurableTaskClient client,
    Func<IServiceProvider> appServices) : TaskActivity<TInput, TOutput>
{
    public override async Task<TOutput> RunAsync(TaskActivityContext context, TInput input)
    {
        await using var scope = appServices().CreateAsyncScope();
        var functions = ActivatorUtilities.CreateInstance<ClientActivityFunctions>(scope.ServiceProvider);
        return await function(functions, input, client, new TestFunctionContext(name, context.InstanceId, scope.ServiceProvider));
    }
}
