using System.Diagnostics.CodeAnalysis;

namespace ReplOrchestrator.DurableTask.Abstractions;

/// <summary>
/// The orchestrators and activities a host can run, by name. Names are case-insensitive, as the
/// protocol matches them.
/// </summary>
/// <remarks>
/// Register everything at startup, before the first run; once registration is over, lookups are
/// safe from any number of threads.
/// </remarks>
public sealed partial class DurableTaskRegistry
{
    private readonly Dictionary<string, OrchestratorRegistration> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ActivityRegistration> _activities = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The registered orchestrator names, as registered.</summary>
    public IReadOnlyCollection<string> OrchestratorNames => _orchestrators.Keys;

    /// <summary>The registered activity names, as registered.</summary>
    public IReadOnlyCollection<string> ActivityNames => _activities.Keys;

    /// <summary>True when an orchestrator has this name.</summary>
    public bool ContainsOrchestrator(string name) => _orchestrators.ContainsKey(name);

    /// <summary>True when an activity has this name.</summary>
    public bool ContainsActivity(string name) => _activities.ContainsKey(name);

    internal bool TryGetOrchestrator(string name, [NotNullWhen(true)] out OrchestratorRegistration? registration) =>
        _orchestrators.TryGetValue(name, out registration);

    internal bool TryGetActivity(string name, [NotNullWhen(true)] out ActivityRegistration? registration) =>
        _activities.TryGetValue(name, out registration);

    private static void Add<T>(Dictionary<string, T> registrations, string kind, string name, T registration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!registrations.TryAdd(name, registration))
        {
            throw new ArgumentException($"An {kind} named '{name}' is already registered (names are case-insensitive).", nameof(name));
        }
    }
}
