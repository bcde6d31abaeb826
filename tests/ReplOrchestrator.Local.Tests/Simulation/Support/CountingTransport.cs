using ReplOrchestrator.Local.Simulation.Transport;
using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Local.Tests.Simulation.Support;

/// <summary>Passes heartbeats on and lets a test await the moment a number of them have been answered.</summary>
internal sealed class CountingTransport(IHeartbeatTransport inner) : IHeartbeatTransport
{
    private readonly SemaphoreSlim _answered = new(0);

    public async Task<HeartbeatOutcome> SendAsync(ApplianceCredential credential, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var outcome = await inner.SendAsync(credential, body, cancellationToken);
        _answered.Release();
        return outcome;
    }

    /// <summary>Waits until <paramref name="count"/> more heartbeats have been answered (the I/O, not simulated time).</summary>
    public async Task AnsweredAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            (await _answered.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBeTrue("a heartbeat was not answered");
        }
    }
}
