using ReplOrchestrator.Engine;
using ReplOrchestrator.Engine.CrashHost;

// Usage: CrashHost <database> <effects file> <instances>
// Starts (if absent) every instance of the workload and runs the engine until all have finished.
// Meant to be killed at any moment and started again: each start resumes what the last one left.
if (args.Length != 3)
{
    await Console.Error.WriteLineAsync("usage: CrashHost <database> <effects file> <instances>");
    return 2;
}

var options = new EngineOptions { DatabasePath = args[0] };
await using var engine = new DurableEngine(options, CrashWorkload.Orchestrations(), CrashWorkload.Activities(args[1]));
await engine.StartAsync();
var ids = Enumerable.Range(0, int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)).Select(CrashWorkload.InstanceId).ToList();
foreach (var id in ids)
{
    await engine.Client.StartIfAbsentAsync(CrashWorkload.Orchestrator, id, null);
}

Console.WriteLine("started");
foreach (var id in ids)
{
    await engine.WaitForCompletionAsync(id);
}

Console.WriteLine("done");
return 0;
