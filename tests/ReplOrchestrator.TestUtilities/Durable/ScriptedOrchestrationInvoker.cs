using System.Collections.Concurrent;
using ReplOrchestrator.Engine.Hosting;
using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.TestUtilities.Durable;

/// <summary>
/// An <see cref="IOrchestrationInvoker"/> over protocol-level test orchestrators. Each orchestrator
/// looks at the whole history and returns every action it would have taken so far; like a replaying
/// SDK, the invoker sends back only the actions history does not hold yet, and answers a termination
/// with a TERMINATED completion.
/// </summary>
public sealed class ScriptedOrchestrationInvoker : IOrchestrationInvoker
{
    private readonly Dictionary<string, Func<HistoryView, OrchestratorResponse>> _orchestrators = new(StringComparer.Ordinal);
    private int _invocations;

    public int Invocations => _invocations;

    public ConcurrentQueue<OrchestratorRequest> Requests { get; } = new();

    /// <summary>Keep every request for inspection (off for benchmarks).</summary>
    public bool RecordRequests { get; init; } = true;

    public ScriptedOrchestrationInvoker Add(string name, Func<HistoryView, IEnumerable<OrchestratorAction>> orchestrator, Func<HistoryView, string?>? customStatus = null)
    {
        _orchestrators[name] = view => Respond(view, orchestrator, customStatus);
        return this;
    }

    /// <summary>Registers an orchestrator that answers the raw request itself (no SDK behaviour added).</summary>
    public ScriptedOrchestrationInvoker AddRaw(string name, Func<OrchestratorRequest, OrchestratorResponse> orchestrator)
    {
        _orchestrators[name] = view => orchestrator(view.Request);
        return this;
    }

    public bool IsRegistered(string orchestratorName) => _orchestrators.ContainsKey(orchestratorName);

    public ValueTask<OrchestratorResponse> InvokeAsync(string orchestratorName, OrchestratorRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _invocations);
        if (RecordRequests)
        {
            Requests.Enqueue(request.Clone());
        }

        return ValueTask.FromResult(_orchestrators[orchestratorName](new HistoryView(request)));
    }

    private static OrchestratorResponse Respond(HistoryView view, Func<HistoryView, IEnumerable<OrchestratorAction>> orchestrator, Func<HistoryView, string?>? customStatus)
    {
        var response = new OrchestratorResponse { InstanceId = view.InstanceId, CustomStatus = customStatus?.Invoke(view) };
        if (view.Termination is { } termination)
        {
            response.Actions.Add(Actions.Terminated(view.ScheduledIds.Count, termination.ExecutionTerminated.Input));
            return response;
        }

        var scheduled = view.ScheduledIds;
        response.Actions.AddRange(orchestrator(view).Where(a =>
            a.OrchestratorActionTypeCase == OrchestratorAction.OrchestratorActionTypeOneofCase.CompleteOrchestration || !scheduled.Contains(a.Id)));
        return response;
    }
}
