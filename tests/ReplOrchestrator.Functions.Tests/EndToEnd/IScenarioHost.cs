using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Functions.Tests.EndToEnd;

/// <summary>Where a scenario runs: the function app's functions on a stand-in task hub, or the local host's path.</summary>
internal interface IScenarioHost : IAsyncDisposable
{
    DateTimeOffset Now { get; }

    /// <summary>Delivers a heartbeat; returns the commands the answer carries.</summary>
    Task<IReadOnlyList<ApplianceCommand>> SendAsync(Heartbeat heartbeat);

    /// <summary>Lets time pass on the driven clock, with the work it brings.</summary>
    Task PassAsync(TimeSpan time);

    /// <summary>Every alert published on the alerts topic, in order.</summary>
    IReadOnlyList<Alert> Topic { get; }
}
