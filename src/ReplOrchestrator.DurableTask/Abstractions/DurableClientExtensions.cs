namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>Typed payloads over <see cref="IDurableClient"/>, serialized with <see cref="DurableJson.Options"/>.</summary>
public static class DurableClientExtensions
{
    /// <summary>Starts a new instance with a typed input.</summary>
    public static Task StartNewAsync<TInput>(this IDurableClient client, string orchestratorName, string instanceId, TInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.StartNewAsync(orchestratorName, instanceId, DurableJson.Serialize(input), cancellationToken);
    }

    /// <summary>Starts an instance with a typed input unless one with that id exists.</summary>
    public static Task<bool> StartIfAbsentAsync<TInput>(this IDurableClient client, string orchestratorName, string instanceId, TInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.StartIfAbsentAsync(orchestratorName, instanceId, DurableJson.Serialize(input), cancellationToken);
    }

    /// <summary>Raises an event with a typed payload.</summary>
    public static Task RaiseEventAsync<TData>(this IDurableClient client, string instanceId, string eventName, TData data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.RaiseEventAsync(instanceId, eventName, DurableJson.Serialize(data), cancellationToken);
    }
}
