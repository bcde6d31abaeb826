using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine.Storage;

/// <summary>One row of the Instances table, as a client reads it.</summary>
internal sealed record InstanceRecord(
    string InstanceId,
    string Name,
    OrchestrationStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Input,
    string? Output,
    string? CustomStatus,
    TaskFailureDetails? Failure);
