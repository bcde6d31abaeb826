using ReplOrchestrator.Domain.Notifications;

namespace ReplOrchestrator.Workflows.Notifications;

/// <summary>One alert's news for one notification group, as the <c>PublishAlert</c> activity delivers it.</summary>
/// <param name="Kind">Upsert or withdraw.</param>
/// <param name="SignalId">Unique per signal: a redelivery (activities run at least once) is ignored.</param>
/// <param name="DedupKey">The alert's dedup key.</param>
public sealed record GroupSignal(GroupSignalKind Kind, string SignalId, string DedupKey)
{
    /// <summary>The alert with the labels it was routed by (<see cref="GroupSignalKind.Upsert"/>).</summary>
    public LabeledAlert? Alert { get; init; }

    /// <summary>The route that put the alert in the group: the group's receiver, timings and labels (<see cref="GroupSignalKind.Upsert"/>).</summary>
    public RouteMatch? Route { get; init; }

    /// <summary>The receiver's <see cref="ReceiverOptions.SendResolved"/>.</summary>
    public bool SendResolved { get; init; } = true;

    /// <summary>The receiver's targets, named without secrets.</summary>
    public IReadOnlyList<NotificationTarget> Targets { get; init; } = [];
}
