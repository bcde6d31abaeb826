using Google.Protobuf.Collections;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;

namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>
/// Replays one orchestrator request: past events with <see cref="OrchestrationContext.IsReplaying"/>
/// set, then new events, driving the orchestrator's code on the calling thread, and answers with the
/// actions history does not record yet (protocol.md §4). Used once, for one request.
/// </summary>
internal sealed partial class OrchestrationExecutor
{
    private readonly DurableTaskRegistry _registry;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly OrchestratorRequest _request;
    private readonly string? _orchestratorName;
    private readonly ReplayState _state;
    private readonly List<HistoryEvent> _heldWhileSuspended = [];
    private readonly List<HistoryEvent> _raisedAfterCompletion = [];
    private ReplayOrchestrationContext? _context;
    private Task<string?>? _orchestration;
    private OrchestratorAction? _completion;
    private bool _isSuspended;

    // Set when the episode ends with nothing but its completion: termination, non-determinism, a
    // request that cannot run. Other pending actions must then not be sent.
    private bool _halted;

    private OrchestrationExecutor(DurableTaskRegistry registry, ILoggerFactory loggerFactory, OrchestratorRequest request, string? orchestratorName)
    {
        _registry = registry;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger(typeof(OrchestrationRunner).FullName!);
        _request = request;
        _orchestratorName = orchestratorName;
        _state = new ReplayState(new ReplaySynchronizationContext());
    }

    private string InstanceId => _context?.InstanceId ?? _request.InstanceId;

    private string OrchestratorName => _context?.Name ?? _orchestratorName ?? "(not started)";

    /// <summary>Replays <paramref name="request"/> on the calling thread; never throws for anything the request or the orchestrator does.</summary>
    public static OrchestratorResponse Execute(DurableTaskRegistry registry, ILoggerFactory loggerFactory, OrchestratorRequest request, string? orchestratorName) =>
        new OrchestrationExecutor(registry, loggerFactory, request, orchestratorName).Execute();

    private OrchestratorResponse Execute()
    {
        var callerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_state.Thread);
        try
        {
            Replay(_request.PastEvents, isReplaying: true);
            Replay(_request.NewEvents, isReplaying: false);
            CheckEpisodeEnd();
        }
        catch (NonDeterministicOrchestrationException e)
        {
            Log.NonDeterministic(_logger, InstanceId, OrchestratorName, e.Message);
            Halt(Failed(e, nonRetriable: true));
        }
        catch (InvalidOrchestratorRequestException e)
        {
            Log.InvalidRequest(_logger, InstanceId, e.Message);
            Halt(Failed(e, nonRetriable: true));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Values protobuf cannot convert (a timestamp out of range), or a fault of ours: either
            // way the host must get an answer, not an exception (see OrchestrationRunner).
            Log.ReplayFaulted(_logger, InstanceId, e);
            Halt(Failed(new InvalidOrchestratorRequestException($"The request could not be replayed: {e.Message}", e), nonRetriable: true));
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }

        return BuildResponse();
    }

    private void Replay(RepeatedField<HistoryEvent> events, bool isReplaying)
    {
        foreach (var historyEvent in events)
        {
            if (_halted)
            {
                return;
            }

            _state.IsReplaying = isReplaying;
            Step(historyEvent);
        }
    }

    // One event, then everything the orchestrator's code does in response, before the next event.
    private void Step(HistoryEvent historyEvent)
    {
        Apply(historyEvent);
        _state.Thread.RunPending();
        ObserveOrchestratorEnd();
    }

    private void CheckEpisodeEnd()
    {
        if (_halted)
        {
            return;
        }

        if (_orchestration is null)
        {
            throw new InvalidOrchestratorRequestException(
                "The request has no ExecutionStarted event. Its history may have been omitted (extended sessions must stay disabled).");
        }

        // Both mean code ran, or should have run, off the replay thread, where its timing decides
        // the outcome: fail now rather than replay differently later.
        if (_state.Thread.HasStrayWork || _state.OpenTasks.HasMissedCancellation() || _state.Inbox.HasMissedCancellation())
        {
            Halt(Failed(new InvalidOperationException(
                "The orchestrator's code left the replay thread: it awaited work that continues elsewhere (Task.Run, Task.Delay, ConfigureAwait(false), a task the orchestration context did not create) or cancelled a durable wait with CancellationTokenSource.CancelAsync, whose callbacks run on the thread pool. Orchestrators may await only durable tasks, and cancel with Cancel()."),
                nonRetriable: true));
        }
    }

    private void ObserveOrchestratorEnd()
    {
        if (_completion is not null || _orchestration is not { IsCompleted: true } orchestration)
        {
            return;
        }

        if (!orchestration.IsCompletedSuccessfully)
        {
            var exception = orchestration.Exception?.InnerException ?? new TaskCanceledException(orchestration);
            Complete(Failed(exception, nonRetriable: false));
        }
        else if (_state.ContinueAsNew is { } next)
        {
            Complete(Completion(OrchestrationStatus.ContinuedAsNew, next.SerializedInput));
        }
        else
        {
            Complete(Completion(OrchestrationStatus.Completed, orchestration.Result));
        }
    }

    private void Complete(CompleteOrchestrationAction completion)
    {
        _completion = _state.Actions.AddCompletion(completion);
    }

    private void Halt(CompleteOrchestrationAction completion)
    {
        _halted = true;
        _completion = new OrchestratorAction { Id = _state.Actions.NextSequenceNumber, CompleteOrchestration = completion };
    }

    private CompleteOrchestrationAction Failed(Exception exception, bool nonRetriable)
    {
        var details = Abstractions.TaskFailureDetails.FromException(exception) with { IsNonRetriable = nonRetriable };
        Log.OrchestrationFailed(_logger, InstanceId, OrchestratorName, details.ErrorType, details.ErrorMessage);
        var completion = Completion(OrchestrationStatus.Failed, result: null);
        completion.FailureDetails = details.ToProto();
        return completion;
    }

    private static CompleteOrchestrationAction Completion(OrchestrationStatus status, string? result) =>
        new() { OrchestrationStatus = status, Result = result };

    private OrchestratorResponse BuildResponse()
    {
        var response = new OrchestratorResponse { InstanceId = _request.InstanceId, CustomStatus = _state.CustomStatus?.Serialize() };

        // A suspended orchestration sends nothing until it is resumed (protocol.md §4 rule 11).
        if (_isSuspended && !_halted)
        {
            return response;
        }

        if (_halted)
        {
            response.Actions.Add(_completion);
            return response;
        }

        if (_completion?.CompleteOrchestration is { OrchestrationStatus: OrchestrationStatus.ContinuedAsNew } continued
            && _state.ContinueAsNew is { PreserveUnprocessedEvents: true })
        {
            continued.CarryoverEvents.AddRange(_state.Inbox.Unconsumed());
            continued.CarryoverEvents.AddRange(_raisedAfterCompletion);
        }

        response.Actions.AddRange(_state.Actions.Pending());
        return response;
    }
}
