using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.Workflows.Ports;

namespace ReplOrchestrator.Workflows;

/// <summary>What a host gives the workflows: options, the durable client, and the ports activities use.</summary>
/// <param name="Options">Validated options.</param>
/// <param name="Client">
/// The durable client, read at each activity run: hosts build it after the registry (the engine needs the
/// registry first), and in Azure it arrives with the invocations.
/// </param>
/// <param name="AlertPublisher">Where alerts go (the <c>alerts</c> topic).</param>
/// <param name="CloudProbe">Cloud-side DNS and TCP probes.</param>
/// <param name="Time">The clock activities match silences against.</param>
public sealed record WorkflowDependencies(
    WorkflowOptions Options,
    Func<IDurableClient> Client,
    IAlertPublisher AlertPublisher,
    ICloudProbe CloudProbe,
    TimeProvider Time);
