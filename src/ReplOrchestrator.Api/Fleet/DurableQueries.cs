using Microsoft.DurableTask.Client;

namespace ReplOrchestrator.Api.Fleet;

/// <summary>Reads every instance under an id prefix, page by page, with its custom status.</summary>
public static class DurableQueries
{
    /// <summary>Every instance whose id starts with <paramref name="prefix"/>, with inputs, outputs and custom status.</summary>
    public static async Task<List<OrchestrationMetadata>> AllAsync(DurableTaskClient client, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var all = new List<OrchestrationMetadata>();
        var query = new OrchestrationQuery { InstanceIdPrefix = prefix, FetchInputsAndOutputs = true };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken))
        {
            all.Add(instance);
        }

        return all;
    }

    /// <summary>The custom statuses of every instance under a prefix that has one.</summary>
    public static async Task<List<T>> StatusesAsync<T>(DurableTaskClient client, string prefix, CancellationToken cancellationToken)
        where T : class =>
        [.. (await AllAsync(client, prefix, cancellationToken)).Select(m => m.ReadCustomStatusAs<T>()).OfType<T>()];
}
