using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.DurableTask.Tests.Support;

internal static class ResponseExtensions
{
    /// <summary>The completion action, which must be the last and only one of its kind.</summary>
    public static CompleteOrchestrationAction Completion(this OrchestratorResponse response)
    {
        var completions = response.Actions.Where(a => a.CompleteOrchestration is not null).ToList();
        completions.Count.ShouldBe(1, $"expected one completion action in [{Describe(response)}]");
        response.Actions[^1].CompleteOrchestration.ShouldNotBeNull("the completion comes last");
        return completions[0].CompleteOrchestration;
    }

    public static T? Output<T>(this OrchestratorResponse response)
    {
        var completion = response.Completion();
        completion.OrchestrationStatus.ShouldBe(OrchestrationStatus.Completed, completion.FailureDetails?.ErrorMessage);
        return DurableJson.Deserialize<T>(completion.Result);
    }

    public static DurableTask.Protocol.TaskFailureDetails Failure(this OrchestratorResponse response)
    {
        var completion = response.Completion();
        completion.OrchestrationStatus.ShouldBe(OrchestrationStatus.Failed);
        return completion.FailureDetails.ShouldNotBeNull();
    }

    public static string Describe(this OrchestratorResponse response) =>
        string.Join(", ", response.Actions.Select(a => $"#{a.Id} {a.OrchestratorActionTypeCase}"));
}
