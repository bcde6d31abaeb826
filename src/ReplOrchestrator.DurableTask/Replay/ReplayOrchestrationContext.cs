using System.Globalization;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.DurableTask.Abstractions;

namespace ReplOrchestrator.DurableTask.Replay;

/// <summary>The orchestration context that replay gives an orchestrator: every call becomes an action in <see cref="ReplayState"/>.</summary>
internal sealed partial class ReplayOrchestrationContext : OrchestrationContext
{
    private readonly ReplayState _state;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private int _guidCounter;

    public ReplayOrchestrationContext(ReplayState state, string instanceId, string name, string? parentInstanceId, ILoggerFactory loggerFactory)
    {
        _state = state;
        _loggerFactory = loggerFactory;
        InstanceId = instanceId;
        Name = name;
        ParentInstanceId = parentInstanceId;
        _logger = CreateReplaySafeLogger(typeof(OrchestrationContext).FullName!);
    }

    public override string InstanceId { get; }

    public override string Name { get; }

    public override string? ParentInstanceId { get; }

    public override DateTimeOffset CurrentUtcDateTime => _state.Now;

    public override bool IsReplaying => _state.IsReplaying;

    public override void SendEvent(string instanceId, string eventName, object? payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        EnsureOnReplayThread();
        _state.Actions.AddEvent(eventName, instanceId, () => DurableJson.Serialize(payload));
    }

    public override void ContinueAsNew(object? newInput, bool preserveUnprocessedEvents = true)
    {
        EnsureOnReplayThread();
        _state.ContinueAsNew = new ContinueAsNewRequest(DurableJson.Serialize(newInput), preserveUnprocessedEvents);
    }

    public override void SetCustomStatus(object? customStatus)
    {
        EnsureOnReplayThread();
        _state.CustomStatus = new CustomStatusValue(customStatus);
    }

    public override Guid NewGuid()
    {
        EnsureOnReplayThread();
        var name = string.Concat(
            InstanceId,
            "_",
            CurrentUtcDateTime.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
            "_",
            (_guidCounter++).ToString(CultureInfo.InvariantCulture));
        return DeterministicGuid.Create(DeterministicGuid.OrchestrationNamespace, name);
    }

    public override ILogger CreateReplaySafeLogger(string categoryName) =>
        new ReplaySafeLogger(_loggerFactory.CreateLogger(categoryName), this);

    private void EnsureOnReplayThread()
    {
        if (!_state.Thread.IsOwnerThread)
        {
            _state.Thread.Post(static _ => { }, null);
            throw new InvalidOperationException(
                "An orchestration context was used from another thread. Orchestrators may await only tasks that their context returns: no Task.Run, Task.Delay or ConfigureAwait(false).");
        }
    }
}
