using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace ReplOrchestrator.Functions.Activities;

/// <summary>Runs one of the workflows' activity classes inside an activity function, with the function's durable client.</summary>
internal static class ClientActivity
{
    /// <summary>
    /// Builds <typeparamref name="TActivity"/> from the invocation's services, giving it <paramref name="client"/>
    /// for its <see cref="DurableTaskClient"/> parameter, and runs it on <paramref name="input"/>.
    /// </summary>
    public static Task<TOutput> RunAsync<TActivity, TInput, TOutput>(FunctionContext function, DurableTaskClient client, TInput input)
        where TActivity : TaskActivity<TInput, TOutput>
    {
        ArgumentNullException.ThrowIfNull(function);
        var activity = ActivatorUtilities.CreateInstance<TActivity>(function.InstanceServices, client);
        return activity.RunAsync(new FunctionActivityContext(function), input);
    }
}
