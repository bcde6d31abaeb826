using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;
using ReplOrchestrator.Functions;

var builder = FunctionsApplication.CreateBuilder(args);
builder.AddReplOrchestrator();
await builder.Build().RunAsync();
