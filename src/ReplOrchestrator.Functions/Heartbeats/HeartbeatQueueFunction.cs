using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace ReplOrchestrator.Functions.Heartbeats;

/// <summary>
/// Drains the <c>heartbeats</c> queue every ten seconds. A timer rather than a Service Bus trigger: the
/// worker's Service Bus extension is not available to this project, and heartbeats come every 30 seconds to
/// 15 minutes per appliance, so ten seconds of lag costs nothing. Timer functions run as a singleton.
/// </summary>
internal sealed class HeartbeatQueueFunction(HeartbeatQueueDrain drain)
{
    /// <summary>The function's name.</summary>
    public const string Name = "HeartbeatQueue";

    /// <summary>Every ten seconds (NCRONTAB with seconds).</summary>
    public const string Schedule = "*/10 * * * * *";

    /// <summary>Takes what is queued now.</summary>
    [Function(Name)]
    public Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        drain.DrainAsync(client, cancellationToken);
}
