using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Protobuf;

namespace ReplOrchestrator.Engine;

/// <summary>Reads <c>StartOrchestrationOptions.DedupeStatuses</c>: the names of <see cref="OrchestrationRuntimeStatus"/> values.</summary>
internal static class DedupeStatuses
{
    /// <summary>The statuses named, as the protocol's numbers (the two enums share them).</summary>
    /// <exception cref="ArgumentException">A name is not a status.</exception>
    public static IReadOnlySet<OrchestrationStatus> Parse(IEnumerable<string>? names)
    {
        var statuses = new HashSet<OrchestrationStatus>();
        foreach (var name in names ?? [])
        {
            if (!Enum.TryParse<OrchestrationRuntimeStatus>(name, ignoreCase: true, out var status) || !Enum.IsDefined(status))
            {
                throw new ArgumentException($"'{name}' in DedupeStatuses is not an OrchestrationRuntimeStatus.", nameof(names));
            }

            statuses.Add((OrchestrationStatus)status);
        }

        return statuses;
    }
}
