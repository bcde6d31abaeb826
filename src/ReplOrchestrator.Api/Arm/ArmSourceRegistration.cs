using Azure.ResourceManager;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReplOrchestrator.Api.Arm.Events;
using ReplOrchestrator.Api.Configuration;

namespace ReplOrchestrator.Api.Arm;

/// <summary>Registers the ARM source: its options always (the API reads them), the poller only when vaults are configured.</summary>
public static class ArmSourceRegistration
{
    /// <summary>
    /// Reads and validates <c>Repl:Arm</c> and registers <see cref="ArmOptions"/> and, when
    /// vaults are configured, the <see cref="ArmPoller"/> reading through the client <paramref name="createClient"/> makes.
    /// The host adds what drives the poller (a hosted service or a timer function).
    /// </summary>
    /// <returns>The options, so the host knows whether to add its driver.</returns>
    /// <exception cref="ArgumentException">A setting is invalid; the message lists every problem in one line.</exception>
    public static ArmOptions AddArmSource(this IServiceCollection services, IConfiguration configuration, Func<ArmOptions, ArmClient> createClient)
    {
        ArgumentNullException.ThrowIfNull(createClient);
        var options = ReplConfiguration.ArmOptions(configuration);
        var heartbeatTimeout = ReplConfiguration.WorkflowOptions(configuration).Appliance.HeartbeatTimeout;
        if (options.IsEnabled && options.PollInterval >= heartbeatTimeout)
        {
            throw new ArgumentException($"Repl:Arm: PollInterval ({options.PollInterval}) must be shorter than Repl:Appliance:HeartbeatTimeout ({heartbeatTimeout}): each poll is its vault's heartbeat.");
        }

        services.AddSingleton(options);
        if (options.IsEnabled)
        {
            services.AddMetrics();
            services.AddSingleton<ArmPollMetrics>();
            services.AddSingleton(new ArmCoverage(heartbeatTimeout));
            services.AddSingleton(_ => new ArmVaultReader(createClient(options)));
            services.AddSingleton<ArmEventFeed>();
            services.AddSingleton<ArmPoller>();
        }

        return options;
    }
}
