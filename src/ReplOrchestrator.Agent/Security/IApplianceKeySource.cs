namespace ReplOrchestrator.Agent.Security;

/// <summary>Where the appliance key is kept: an owner-only file, or the Windows credential store.</summary>
internal interface IApplianceKeySource
{
    /// <summary>Reads the key.</summary>
    /// <exception cref="Configuration.AgentConfigurationException">The key cannot be read or is unsafe to use; the message names the place, never the key.</exception>
    ApplianceKey Read();
}
