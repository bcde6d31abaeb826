using Microsoft.Extensions.Options;
using ReplOrchestrator.Api.Security;

namespace ReplOrchestrator.Api.Tests.Security;

/// <summary>Access options a test changes while authenticators read them, as a rotation in configuration would.</summary>
internal sealed class MutableOptions(AccessOptions value) : IOptionsMonitor<AccessOptions>
{
    public AccessOptions Value { get; } = value;

    public AccessOptions CurrentValue => Value;

    public AccessOptions Get(string? name) => Value;

    public IDisposable? OnChange(Action<AccessOptions, string?> listener) => null;
}
