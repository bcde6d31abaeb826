using BenchmarkDotNet.Running;
using ReplOrchestrator.Benchmarks.Engine;

// `dotnet run -c Release --project bench/ReplOrchestrator.Benchmarks -- --filter '*'` runs every benchmark.
// `... -- engine [--orchestrations N] [--memory]` runs the engine throughput measurements (one JSON line each).
if (args is ["engine", .. var engineArgs])
{
    return await EngineBenchmarks.RunAsync(engineArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
