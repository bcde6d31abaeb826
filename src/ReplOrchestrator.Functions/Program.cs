using ReplOrchestrator.Functions;
using ReplOrchestrator.Functions.CustomHandler;
using ReplOrchestrator.Functions.Manifest;

// `--write-functions <dir>` writes one folder per function with its function.json, from the same
// composition that serves them (built, not started).
if (args is ["--write-functions", var folder])
{
    await using var composition = FunctionsHost.Build([], port: 0);
    await FunctionJsonWriter.WriteAsync(composition.Services.GetRequiredService<FunctionCatalog>(), folder);
    return 0;
}

var port = HandlerApplication.ReadPort(Environment.GetEnvironmentVariable);
await FunctionsHost.Build(args, port).RunAsync();
return 0;
