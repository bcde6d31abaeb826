using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Arm;

namespace ReplOrchestrator.Functions.Arm;

/// <summary>
/// Drives the ARM source in Azure: ticks every minute and polls the vaults whose <c>Repl:Arm:PollInterval</c> has
/// passed, so the interval stays a setting while the schedule is fixed. Timer functions run as a singleton. Does
/// nothing while <c>Repl:Arm:Vaults</c> is empty.
/// </summary>
internal sealed class ArmPollFunction(IServiceProvider services)
{
    /// <summary>The function's name.</summary>
    public const string Name = "ArmPoll";

    /// <summary>Every minute (NCRONTAB with seconds).</summary>
    public const string Schedule = "0 * * * * *";

    /// <summary>Polls the vaults that are due.</summary>
    [Function(Name)]
    public Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken) =>
        // The poller is registered only when vaults are configured; the function exists either way, as function metadata is fixed at build.
        services.GetService<ArmPoller>() is { } poller ? poller.PollDueAsync(client, cancellationToken) : Task.CompletedTask;
}
