using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ReplOrchestrator.Workflows;

/// <summary>What the workflows and their hosts need of a <see cref="DurableTaskClient"/> beyond its own members.</summary>
public static class DurableClientExtensions
{
    // Every status, so an instance that exists in any state, even finished, is left as it is.
    private static readonly string[] s_everyStatus = Enum.GetNames<OrchestrationRuntimeStatus>();

    /// <summary>Starts an instance unless one with that id exists, in any state (even completed or failed); idempotent.</summary>
    /// <param name="client">The task hub's client.</param>
    /// <param name="orchestrator">The orchestrator's registered name.</param>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="input">The input, serialized by the client's data converter.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns><see langword="true"/> when this call created the instance.</returns>
    /// <remarks>
    /// Reads the instance first (most calls find it), then starts it with every status deduplicated; a start that
    /// loses a race to another creator is refused with <see cref="InvalidOperationException"/>, which counts as "exists".
    /// </remarks>
    public static async Task<bool> StartIfAbsentAsync(
        this DurableTaskClient client, TaskName orchestrator, string instanceId, object? input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            var options = new StartOrchestrationOptions(instanceId) { DedupeStatuses = s_everyStatus };
            await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, options, cancellationToken);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
