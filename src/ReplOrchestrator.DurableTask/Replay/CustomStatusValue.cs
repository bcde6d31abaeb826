using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>A custom status as the code set it; only the last one of an episode is serialized.</summary>
internal sealed record CustomStatusValue(object? Value)
{
    public string? Serialize() => DurableJson.Serialize(Value);
}
