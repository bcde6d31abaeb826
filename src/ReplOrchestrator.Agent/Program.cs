using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ReplOrchestrator.Agent;
using ReplOrchestrator.Agent.Configuration;
using ReplOrchestrator.Agent.Storage;

// ReplOrchestrator.Agent [--config <file>]: the configuration is checked whole before anything runs; a problem is one
// line on stderr and exit code 1, so a service manager's log shows exactly what to fix.
var path = args.SkipWhile(a => a != "--config").Skip(1).FirstOrDefault() ?? Path.Combine(AppContext.BaseDirectory, AgentDefaults.ConfigurationFile);
IHost host;
AgentOptions options;
try
{
    options = AgentConfiguration.Load(path, OperatingSystem.IsWindows());
    host = AgentHost.Build(options, args);
}
catch (AgentConfigurationException e)
{
    await Console.Error.WriteLineAsync("repl-agent: " + e.Message);
    return 1;
}

var sequence = host.Services.GetRequiredService<SequenceStore>();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ReplOrchestrator.Agent");
Log.Started(logger, options.ApplianceId!, options.Kind!.Value.ToString(), options.ServerUrl!, options.Interval, sequence.Epoch, sequence.Current);
await host.RunAsync();
return 0;
