using Microsoft.Extensions.Configuration;
using ReplOrchestrator.Domain.Alerts;
using ReplOrchestrator.Domain.Appliances;
using ReplOrchestrator.Domain.Configuration;
using ReplOrchestrator.Domain.Cycles;
using ReplOrchestrator.Domain.Health;
using ReplOrchestrator.Domain.Heartbeats;
using ReplOrchestrator.Domain.Notifications;
using ReplOrchestrator.Domain.Probes;
using ReplOrchestrator.Workflows;

namespace ReplOrchestrator.Api.Configuration;

/// <summary>
/// Reads ReplOrchestrator's settings from standard .NET configuration (appsettings, environment
/// variables with <c>__</c> for <c>:</c>, Key Vault in Azure), each section over its documented defaults.
/// </summary>
public static class ReplConfiguration
{
    /// <summary>The workflows' options: sections <c>Repl:Cycle</c>, <c>Repl:Appliance</c>, <c>Repl:Health</c>, <c>Repl:Diagnosis</c>, <c>Repl:Alerts</c>, <c>Repl:Monitoring</c>.</summary>
    /// <exception cref="ArgumentException">A value is out of range; the message lists every problem.</exception>
    public static WorkflowOptions WorkflowOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new WorkflowOptions
        {
            Cycle = Read(configuration, "Repl:Cycle", new CycleOptions()),
            Appliance = Read(configuration, "Repl:Appliance", new ApplianceOptions()),
            Health = Read(configuration, "Repl:Health", new HealthOptions()),
            Diagnosis = Read(configuration, "Repl:Diagnosis", new DiagnosisOptions()),
            Alerts = Read(configuration, "Repl:Alerts", new AlertOptions()),
            Monitoring = Read(configuration, "Repl:Monitoring", new MonitorOptions()),
        }.ThrowIfInvalid();
    }

    /// <summary>Heartbeat limits: section <c>Repl:Heartbeats</c>.</summary>
    public static HeartbeatLimits HeartbeatLimits(IConfiguration configuration) =>
        Read(configuration, "Repl:Heartbeats", new HeartbeatLimits()).ThrowIfInvalid();

    /// <summary>
    /// Who is told about which alerts: section <c>Repl:Notifications</c>, compiled; <see cref="NotificationPolicy.None"/>
    /// when the section is absent, so a host without it runs as before (alerts stay visible, nobody is told).
    /// </summary>
    /// <remarks>Lists bind from index keys as .NET binds them: <c>Repl:Notifications:Receivers:0:Email:0:To:1</c>, or <c>Repl__Notifications__Receivers__0__Email__0__To__1</c> in the environment.</remarks>
    /// <exception cref="ArgumentException">The settings break a rule; the message names every problem by its configuration path and shows no secret.</exception>
    /// <exception cref="InvalidOperationException">A key is misspelled or a value cannot be converted; the message names the key, never the value.</exception>
    public static NotificationPolicy Notifications(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(NotificationOptions.Section);
        if (!section.Exists())
        {
            return NotificationPolicy.None;
        }

        NotificationOptions options;
        try
        {
            options = Read(configuration, NotificationOptions.Section, new NotificationOptions());
        }
        catch (InvalidOperationException e)
        {
            throw BindingErrors.WithoutValues(e, section);
        }

        return NotificationPolicy.Create(options);
    }

    /// <summary>What cloud-side probes may reach: section <c>Repl:CloudProbes</c> (<c>Cloud</c>, <c>AllowedHosts</c>).</summary>
    /// <exception cref="ArgumentException">An allow-list entry is not a host; the message lists every problem.</exception>
    /// <exception cref="InvalidOperationException">A key or cloud name is unknown.</exception>
    public static CloudProbeOptions CloudProbeOptions(IConfiguration configuration) =>
        Read(configuration, "Repl:CloudProbes", new CloudProbeOptions()).ThrowIfInvalid();

    /// <summary>Limits on silences: section <c>Repl:Silences</c>.</summary>
    /// <exception cref="ArgumentException">A value is out of range; the message lists every problem.</exception>
    public static SilenceOptions SilenceOptions(IConfiguration configuration) =>
        Read(configuration, "Repl:Silences", new SilenceOptions()).ThrowIfInvalid();

    /// <summary>The ARM source: section <c>Repl:Arm</c> (<c>Vaults:{n}</c>, <c>PollInterval</c>, <c>Endpoint</c>, <c>Audience</c>).</summary>
    /// <exception cref="ArgumentException">A vault id or value is invalid; the message lists every problem.</exception>
    public static Arm.ArmOptions ArmOptions(IConfiguration configuration) =>
        Read(configuration, Arm.ArmOptions.Section, new Arm.ArmOptions()).ThrowIfInvalid();

    private static T Read<T>(IConfiguration configuration, string section, T defaults)
        where T : class
    {
        // Binding onto the defaults keeps every value the section does not mention.
        configuration.GetSection(section).Bind(defaults, options => options.ErrorOnUnknownConfiguration = true);
        return defaults;
    }
}
