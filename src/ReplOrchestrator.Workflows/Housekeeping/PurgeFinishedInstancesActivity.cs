using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Hosting;

namespace ReplOrchestrator.Workflows.Housekeeping;

/// <summary>
/// Removes every completed, failed or terminated instance created before a cutoff, with its history.
/// Registered as <see cref="WorkflowNames.PurgeFinishedInstances"/>; returns how many went.
/// </summary>
/// <param name="client">Purges the instances.</param>
/// <param name="lifetime">Its stopping token cancels the purge.</param>
public sealed class PurgeFinishedInstancesActivity(DurableTaskClient client, IHostApplicationLifetime lifetime) : TaskActivity<DateTimeOffset, int>
{
    private static readonly OrchestrationRuntimeStatus[] s_finished =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    /// <inheritdoc />
    public override async Task<int> RunAsync(TaskActivityContext context, DateTimeOffset input)
    {
        var result = await client.PurgeAllInstancesAsync(new PurgeInstancesFilter(CreatedTo: input, Statuses: s_finished), lifetime.ApplicationStopping);
        return result.PurgedInstanceCount;
    }
}
