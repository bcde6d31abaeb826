using System.Text.Json;
using ReplOrchestrator.Agent.Collection;
using ReplOrchestrator.Domain.Heartbeats;

namespace ReplOrchestrator.Agent.Recorded;

/// <summary>Service states from <see cref="RecordedFiles.Services"/>, read on every query so a script can change them.</summary>
internal sealed class RecordedServiceStates(string folder) : IServiceStates
{
    /// <inheritdoc/>
    public ServiceState Query(string name)
    {
        try
        {
            var states = RecordedFiles.Read(folder, RecordedFiles.Services) is { } json
                ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
                : [];
            return states.TryGetValue(name, out var state) && Enum.TryParse<ServiceState>(state, out var parsed) ? parsed : ServiceState.NotFound;
        }
        catch (JsonException)
        {
            return ServiceState.NotFound;
        }
    }
}
