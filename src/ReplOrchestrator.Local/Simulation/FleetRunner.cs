using ReplOrchestrator.Local.Simulation.Transport;

namespace ReplOrchestrator.Local.Simulation;

/// <summary>
/// Plays a fleet on a <see cref="TimeProvider"/>: round n runs at <see cref="SimulatedFleet.Start"/> + n
/// heartbeat intervals, and in each round every appliance takes its turn (concurrently with the others).
/// </summary>
/// <remarks>
/// Rounds keep to the grid, not to the previous round's end: a slow round is followed at once by the
/// next one due. Tests drive it with a manual clock, or call <see cref="RunRoundAsync"/> round by round.
/// </remarks>
internal sealed class FleetRunner(SimulatedFleet fleet, IHeartbeatTransport transport, TimeProvider time, ISimulationObserver? observer = null)
{
    private static readonly ISimulationObserver s_nobody = new NoObserver();
    private readonly ISimulationObserver _observer = observer ?? s_nobody;
    private int _round;

    /// <summary>The fleet being played.</summary>
    public SimulatedFleet Fleet => fleet;

    /// <summary>The counts so far.</summary>
    public SimulationStatistics Statistics { get; } = new();

    /// <summary>Every VM as the simulator sees it now, for a live table.</summary>
    public IReadOnlyList<VmSnapshot> Snapshot() => fleet.Snapshot(time.GetUtcNow());

    /// <summary>Runs the next round now, whatever the clock says, and returns each appliance's turn.</summary>
    public async Task<IReadOnlyList<BeatReport>> RunRoundAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reports = await Task.WhenAll(fleet.Appliances.Select(a => a.BeatAsync(now, transport, _observer, cancellationToken))).ConfigureAwait(false);
        foreach (var report in reports)
        {
            Statistics.Count(report);
        }

        _round++;
        return reports;
    }

    /// <summary>
    /// Runs the rounds due before <paramref name="duration"/> has passed since the start (forever when null),
    /// waiting for each on the clock, then waits out the rest of the duration. Cancellation ends it early.
    /// </summary>
    /// <returns>The counts of the whole run.</returns>
    public async Task<SimulationSummary> RunAsync(TimeSpan? duration, CancellationToken cancellationToken)
    {
        DateTimeOffset? end = duration is { } length ? fleet.Start + length : null;
        try
        {
            for (var due = fleet.Clock.At(_round); end is null || due < end; due = fleet.Clock.At(_round))
            {
                await WaitUntilAsync(due, cancellationToken).ConfigureAwait(false);
                await RunRoundAsync(cancellationToken).ConfigureAwait(false);
            }

            await WaitUntilAsync(end.Value, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping early is a normal end of a run.
        }

        return Statistics.Snapshot();
    }

    private async Task WaitUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        var wait = due - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class NoObserver : ISimulationObserver
    {
        public void OnEvent(SimulationEvent simulationEvent)
        {
        }
    }
}
