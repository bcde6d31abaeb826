using Google.Protobuf;
using ReplOrchestrator.DurableTask.Abstractions;
using ReplOrchestrator.DurableTask.Protocol;
using ReplOrchestrator.DurableTask.Replay;

namespace ReplOrchestrator.DurableTask.Tests.Support;

/// <summary>Runs requests through the replay function as bytes, exactly as a host would.</summary>
internal sealed class Replayer(DurableTaskRegistry registry)
{
    public OrchestrationRunner Runner { get; } = new(registry);

    public static Replayer For<TInput, TOutput>(string name, Func<OrchestrationContext, TInput, Task<TOutput>> orchestrator) =>
        new(new DurableTaskRegistry().AddOrchestrator(name, orchestrator));

    public OrchestratorResponse Run(HistoryBuilder history) => Run(history.Build());

    public OrchestratorResponse Run(OrchestratorRequest request) =>
        OrchestratorResponse.Parser.ParseFrom(Runner.Run(request.ToByteArray()));
}
