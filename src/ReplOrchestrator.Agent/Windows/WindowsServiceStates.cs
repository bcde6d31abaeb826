using System.Runtime.Versioning;
using System.ServiceProcess;
using ReplOrchestrator.Agent.Collection;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Windows;

/// <summary>Service states from the Windows service controller (what <c>services.msc</c> and <c>sc query</c> show).</summary>
[SupportedOSPlatform("windows")]
internal sealed class WindowsServiceStates : IServiceStates
{
    /// <inheritdoc/>
    public ServiceState Query(string name)
    {
        try
        {
            using var service = new ServiceController(name);
            return service.Status switch
            {
                ServiceControllerStatus.Running => ServiceState.Running,
                ServiceControllerStatus.Stopped => ServiceState.Stopped,
                ServiceControllerStatus.StartPending => ServiceState.StartPending,
                ServiceControllerStatus.StopPending => ServiceState.StopPending,
                ServiceControllerStatus.Paused => ServiceState.Paused,
                ServiceControllerStatus.PausePending => ServiceState.PausePending,
                _ => ServiceState.ContinuePending,
            };
        }
        catch (InvalidOperationException)
        {
            // The controller's way of saying the service is not installed.
            return ServiceState.NotFound;
        }
    }
}
