using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Collection;

/// <summary>The host's service controller: the state of a service by its short name (<c>asrgwy</c>, <c>vmms</c>).</summary>
internal interface IServiceStates
{
    /// <summary>The state of <paramref name="name"/>; <see cref="ServiceState.NotFound"/> when no such service is installed.</summary>
    ServiceState Query(string name);
}
