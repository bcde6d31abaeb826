using Microsoft.Extensions.Options;
using ReplOrchestrator.Api.Security;

namespace ReplOrchestrator.Api.Tests.Security;

/// <summary>
/// Access options a test changes while authenticators read them. A test edits <see cref="Value"/> before the
/// first check; a rotation replaces it, as a configuration reload gives a new options object.
/// </summary>
internal sealed class MutableOptions(AccessOptions value) : IOptionsMonitor<AccessOptions>
{
    public AccessOptions Value { get; set; } = value;

    public AccessOptions CurrentValue => Value;

    public AccessOptions Get(string? name) => Value;

    public IDisposable? OnChange(Action<AccessOptions, string?> listener) => null;
}
