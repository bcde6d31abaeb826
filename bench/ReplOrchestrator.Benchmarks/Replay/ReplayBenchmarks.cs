using BenchmarkDotNet.Attributes;
using Google.Protobuf;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Protobuf;
using Microsoft.DurableTask.Worker.Grpc;

namespace ReplOrchestrator.Benchmarks.Replay;

/// <summary>
/// What one orchestrator episode costs as its history grows: protobuf bytes in, replay of every
/// past event through the orchestrator's code, protobuf bytes out, exactly as a host calls Microsoft's
/// runner (base64 on both sides, as the Functions isolated worker passes them).
/// Cost should grow linearly with the number of events.
/// </summary>
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    private string _request = string.Empty;

    /// <summary>Target history length in events (the history built has 4k + 2 events, at most this many).</summary>
    [Params(10, 100, 1_000, 10_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var request = SequenceHistory.Build(Events);
        _request = request.ToByteString().ToBase64();

        // A benchmark of a failing replay would measure the wrong thing.
        var response = OrchestratorResponse.Parser.ParseFrom(Convert.FromBase64String(Replay()));
        if (response.Actions is not [{ ScheduleTask.Name: SequenceHistory.Activity }])
        {
            throw new InvalidOperationException($"Unexpected replay result for {request.PastEvents.Count + request.NewEvents.Count} events: {response}");
        }
    }

    /// <summary>The whole episode: decode, replay, encode.</summary>
    [Benchmark(Baseline = true)]
    public string Replay() => GrpcOrchestrationRunner.LoadAndRun<int, int>(_request, SequenceAsync);

    /// <summary>Decoding alone, to tell the protobuf share of the cost from the replay's.</summary>
    [Benchmark]
    public OrchestratorRequest Decode() => OrchestratorRequest.Parser.ParseFrom(Convert.FromBase64String(_request));

    private static async Task<int> SequenceAsync(TaskOrchestrationContext context, int count)
    {
        var sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += await context.CallActivityAsync<int>(SequenceHistory.Activity, i);
        }

        return sum;
    }
}
