using ReplOrchestrator.Domain.Heartbeats.Answers;

namespace ReplOrchestrator.Local.Simulation.Transport;

/// <summary>Delivers one heartbeat to the monitor and brings back its answer.</summary>
/// <remarks>
/// The default is <see cref="HttpHeartbeatTransport"/>, a real <c>POST /api/heartbeats</c>. A host that
/// runs the API in the same process can hand bodies to it directly and turn its status and body into
/// an outcome with <see cref="HeartbeatOutcome.FromAnswer"/>.
/// </remarks>
internal interface IHeartbeatTransport
{
    /// <summary>Sends <paramref name="body"/> (a <c>repl-heartbeat/v1</c> document, UTF-8) for the credential's appliance.</summary>
    /// <returns>The outcome; network and server failures are outcomes too, never exceptions.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<HeartbeatOutcome> SendAsync(ApplianceCredential credential, ReadOnlyMemory<byte> body, CancellationToken cancellationToken);
}
