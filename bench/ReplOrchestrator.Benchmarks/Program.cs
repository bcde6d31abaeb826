using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/ReplOrchestrator.Benchmarks -- --filter '*'` runs every benchmark.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
