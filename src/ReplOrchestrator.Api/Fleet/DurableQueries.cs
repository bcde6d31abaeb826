using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.Api.Fleet;

/// <summary>Reads every instance under an id prefix, page by page, with its custom status.</summary>
public static class DurableQueries
{
    /// <summary>Every instance whose id starts with <paramref name="prefix"/>, with inputs, outputs and custom status.</summary>
    public static async Task<List<OrchestrationMetadata>> AllAsync(IDurableClient client, string prefix, CancellationToken cancellationToken)
    {
        var all = new List<OrchestrationMetadata>();
        string? token = null;
        do
        {
            var page = await client.QueryInstancesAsync(
                new OrchestrationQuery { InstanceIdPrefix = prefix, PageSize = OrchestrationQuery.MaxPageSize, ContinuationToken = token, FetchInputsAndOutputs = true },
                cancellationToken);
            all.AddRange(page.Instances);
            token = page.ContinuationToken;
        }
        while (token is not null);

        return all;
    }

    /// <summary>The custom statuses of every instance under a prefix that has one.</summary>
    public static async Task<List<T>> StatusesAsync<T>(IDurableClient client, string prefix, CancellationToken cancellationToken)
        where T : class =>
        [.. (await AllAsync(client, prefix, cancellationToken)).Select(m => m.ReadCustomStatusAs<T>()).OfType<T>()];
}
