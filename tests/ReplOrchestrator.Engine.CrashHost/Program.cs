using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ReplOrchestrator.Engine;
using ReplOrchestrator.Engine.CrashHost;

// Usage: CrashHost [sdk] <database> <effects file> <instances>
// With "sdk", runs the Microsoft SDK workload in a generic host; otherwise the scripted, protocol-level one.
// Starts (if absent) every instance of the workload and runs the engine until all have finished.
// Meant to be killed at any moment and started again: each start resumes what the last one left.
if (args is ["sdk", var sdkDatabase, var sdkEffects, var sdkInstances])
{
    return await SdkCrashHost.RunAsync(sdkDatabase, sdkEffects, int.Parse(sdkInstances, System.Globalization.CultureInfo.InvariantCulture));
}

if (args.Length != 3)
{
    await Console.Error.WriteLineAsync("usage: CrashHost [sdk] <database> <effects file> <instances>");
    return 2;
}

var options = new EngineOptions { DatabasePath = args[0] };
await using var engine = new DurableEngine(options, CrashWorkload.Orchestrations(), CrashWorkload.Activities(args[1]));
await engine.StartAsync();
var ids = Enumerable.Range(0, int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)).Select(CrashWorkload.InstanceId).ToList();
// Every status deduplicates: an instance a killed run started, even finished, is not started again.
var ifAbsent = Enum.GetNames<OrchestrationRuntimeStatus>();
foreach (var id in ids)
{
    try
    {
        await engine.Client.ScheduleNewOrchestrationInstanceAsync(CrashWorkload.Orchestrator, new StartOrchestrationOptions(id) { DedupeStatuses = ifAbsent });
    }
    catch (InvalidOperationException)
    {
        // Started by an earlier run.
    }
}

Console.WriteLine("started");
foreach (var id in ids)
{
    await engine.WaitForCompletionAsync(id);
}

Console.WriteLine("done");
return 0;
