using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ReplOrchestrator.Functions.Tests.Support;

/// <summary>A task hub that reads fine but refuses what it is asked to store, as the embedded engine refuses an oversized payload.</summary>
internal sealed class RefusingDurableTaskClient() : DurableTaskClient("refusing")
{
    public override Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default) => throw TooLarge();

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) => throw TooLarge();

    public override Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) => Task.FromResult<OrchestrationMetadata?>(null);

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) => throw new NotSupportedException();

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) => throw new NotSupportedException();

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) => throw new NotSupportedException();

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) => throw new NotSupportedException();

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) => throw new NotSupportedException();

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static ArgumentException TooLarge() => new("The input is 70000 bytes; the task hub stores at most 65536.", "input");
}
