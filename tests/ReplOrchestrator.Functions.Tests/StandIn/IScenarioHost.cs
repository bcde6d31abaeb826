using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Functions.Tests.StandIn;

/// <summary>Where a scenario runs: the Functions handler behind the stand-in, or the local host's in-process path.</summary>
internal interface IScenarioHost : IAsyncDisposable
{
    DateTimeOffset Now { get; }

    /// <summary>Delivers a heartbeat; returns the commands the answer carries.</summary>
    Task<IReadOnlyList<ApplianceCommand>> SendAsync(Heartbeat heartbeat);

    /// <summary>Lets time pass (really, or on a driven clock) with the work it brings.</summary>
    Task PassAsync(TimeSpan time);

    /// <summary>Every alert published on the alerts topic, in order.</summary>
    IReadOnlyList<Alert> Topic { get; }
}
