using System.CommandLine;

var root = new RootCommand("ReplOrchestrator: tracks VM replication cycles, detects stuck phases, diagnoses and alerts.");
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
