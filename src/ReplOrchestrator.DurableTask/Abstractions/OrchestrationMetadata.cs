namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>What a durable client knows about one orchestration instance.</summary>
/// <param name="InstanceId">The instance id.</param>
/// <param name="Name">The orchestrator's registered name.</param>
/// <param name="RuntimeStatus">Where the instance is in its life.</param>
/// <param name="CreatedAt">When the instance was created (UTC).</param>
/// <param name="LastUpdatedAt">When its state last changed (UTC).</param>
public sealed record OrchestrationMetadata(
    string InstanceId,
    string Name,
    OrchestrationRuntimeStatus RuntimeStatus,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt)
{
    /// <summary>The input as JSON, when inputs and outputs were requested.</summary>
    public string? SerializedInput { get; init; }

    /// <summary>The output as JSON, when the instance finished and outputs were requested.</summary>
    public string? SerializedOutput { get; init; }

    /// <summary>The custom status as JSON, as of the last completed episode.</summary>
    public string? SerializedCustomStatus { get; init; }

    /// <summary>Why the instance failed, when it did.</summary>
    public TaskFailureDetails? FailureDetails { get; init; }

    /// <summary>Reads the input.</summary>
    public T? ReadInputAs<T>() => DurableJson.Deserialize<T>(SerializedInput);

    /// <summary>Reads the output.</summary>
    public T? ReadOutputAs<T>() => DurableJson.Deserialize<T>(SerializedOutput);

    /// <summary>Reads the custom status.</summary>
    public T? ReadCustomStatusAs<T>() => DurableJson.Deserialize<T>(SerializedCustomStatus);
}
